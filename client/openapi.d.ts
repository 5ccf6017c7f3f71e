/**
 * Generated from openapi.json by openapi-typescript: do not edit. `npm run contract` regenerates it.
 */

export interface paths {
    "/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is calling, with what permissions, and the CSRF token of a session */
        get: operations["getSession"];
        put?: never;
        /** Sign in with login and password: sets the session cookie and answers the CSRF token for changes */
        post: operations["signIn"];
        /** Sign out: ends the session on every process */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Use a one-time sign-in link (the demo prints one at start): signs in and goes to / */
        get: operations["useSignInLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People who sign in, by id; `limit` and `cursor` page */
        get: operations["listUsers"];
        put?: never;
        /** Add a person (without a password: sign-in links only) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a person; active: false or a new password ends their sessions at once */
        patch: operations["changeUser"];
        trace?: never;
    };
    "/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys (never their secrets), by id; `limit` and `cursor` page */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key; the answer holds its secret, shown once */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API key: refused from the next request on, on every process */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate an API key: a new secret with the same name and role; the old key is revoked */
        post: operations["rotateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Items by SKU; `q` searches SKU and name, `active` filters */
        get: operations["listItems"];
        put?: never;
        /** Create an item */
        post: operations["createItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{sku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an item */
        get: operations["getItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an item: name, price, preorder terms (null ends preorders), rationing (fair share, customer cap: applies to stock allocated from then on; what it leaves unset it inherits from its group), its item group; `active: false` deactivates: no new orders, open orders keep their place */
        patch: operations["changeItem"];
        trace?: never;
    };
    "/v1/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Locations by code; `q` searches code and name, `active` filters */
        get: operations["listLocations"];
        put?: never;
        /** Create a location */
        post: operations["createLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers by code; `q` searches code and name, `active` filters */
        get: operations["listCustomers"];
        put?: never;
        /** Create a customer */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fulfillment-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fulfillment policies by code; `q` searches the code */
        get: operations["listFulfillmentPolicies"];
        put?: never;
        /** Create a fulfillment policy */
        post: operations["createFulfillmentPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locations/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a location */
        get: operations["getLocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a location: name, priority (where stock is allocated from next; what is allocated stays), `active: false` deactivates */
        patch: operations["changeLocation"];
        trace?: never;
    };
    "/v1/customers/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a customer */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a customer: priority, ship type and default policy apply to new orders only (entered orders keep theirs); `active: false` deactivates: no new orders, open orders keep their place */
        patch: operations["changeCustomer"];
        trace?: never;
    };
    "/v1/fulfillment-policies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a fulfillment policy */
        get: operations["getFulfillmentPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a policy: its rate, violation level, cancellation days and cross-dock switch apply at once; a new strategy or preventPartialDelivery is carried to its open orders (a strategy of their own stays), each in its record log; the SLA ladder applies at its next walk; `active: false` deactivates */
        patch: operations["changeFulfillmentPolicy"];
        trace?: never;
    };
    "/v1/item-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Item groups by code; `q` searches code and name, `active` filters */
        get: operations["listItemGroups"];
        put?: never;
        /** Create an item group: the allocation rule (`queue` unless given) and customer cap its items inherit where they set none */
        post: operations["createItemGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/item-groups/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an item group */
        get: operations["getItemGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an item group: name, rationing (applies to stock allocated from then on, for every item that inherits it, each in its record log); `active: false` deactivates: no item joins it, its items keep inheriting */
        patch: operations["changeItemGroup"];
        trace?: never;
    };
    "/v1/stock/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive stock; fills the queue */
        post: operations["receiveStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stock/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book a customer return; fills the queue */
        post: operations["returnStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stock/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust on hand (signed) */
        post: operations["adjustStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stock/{sku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock and demand of an item, per location */
        get: operations["getStock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{sku}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Record log of an item, paged (50 by default): oldest first, or newest first with `order=newest` */
        get: operations["getItemHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders by entry (default) or priority, filtered by status (any of), customer, SKU, reference (exact or prefix), entry days, priority, strategy, backorder */
        get: operations["listOrders"];
        put?: never;
        /** Enter an order; allocates in queue order, backorders the rest */
        post: operations["enterOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an order; with `explain=true` each waiting line also says why it waits (`waitingBecause`) */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change priority, ship type, policy, strategy, requested ship date or location; a priority or location change reallocates */
        patch: operations["changeOrder"];
        trace?: never;
    };
    "/v1/orders/{id}/lines/{lineNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a line’s quantity (more queue at its place; fewer free stock for the queue) or preventPartialDelivery */
        patch: operations["changeOrderLine"];
        trace?: never;
    };
    "/v1/orders/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a line: it queues by the order’s entry, after the order’s lines */
        post: operations["addOrderLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel part of a line, lines, or the order */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release the order to the warehouse as far as its policy allows; a refusal (422) names the rule */
        post: operations["releaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Record log of an order, paged (50 by default): oldest first, or newest first with `order=newest` */
        get: operations["getOrderHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/backorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Waiting lines in queue order, or sorted by age, priority, sku or customer; filtered */
        get: operations["listBackorders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/backorders/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The backlog at a glance: waiting lines, units and value, oldest wait, lines late against their dates */
        get: operations["summariseBackorders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/backorders/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What needs attention today: lines near their cancellation SLA, fills today, waiting preorders by launch */
        get: operations["backlogToday"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/backorders/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The backlog at the end of each day (units and lines on backorder), from the record log */
        get: operations["backlogHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shipments by status, customer and location, in id order */
        get: operations["listShipments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a shipment */
        get: operations["getShipment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ship a pending shipment; lines named with a smaller quantity are short picks (back to backorder, stock written off) */
        post: operations["shipShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a pending shipment; its quantities return to allocated-unreleased */
        post: operations["voidShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Record log of a shipment, paged (50 by default): oldest first, or newest first with `order=newest` */
        get: operations["getShipmentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{name}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a job now (idempotent); the JSON body holds its parameters, and `asOf` replays a given day. `Prefer: respond-async` answers 202 with the run to follow */
        post: operations["runJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Job runs, newest first, of one job (`job`) and any of some statuses (`status`, comma-separated); `limit` and `cursor` page */
        get: operations["listJobRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One job run: status, progress, its answer once completed, its error when it failed or was interrupted */
        get: operations["getJobRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/runs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow a job run live (server-sent events): `run` on each change of its progress or status, then `end`, then the stream closes */
        get: operations["followJobRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs, their schedules and recent runs */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the order after what can ship now and open a new order holding the backordered remainder (keeps its queue place) */
        post: operations["splitOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/purchase-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Raise purchase orders for the order's shortage (linked to its lines) plus each item's minimum level; dropShip: the supplier ships to the customer */
        post: operations["purchaseOrderShortage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/transfer-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Raise a transfer to the order's location of what its lines lack there */
        post: operations["transferOrderShortage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Purchase orders, newest first, filtered by status (any of), supplier, location and sku; `limit` and `cursor` page */
        get: operations["listPurchaseOrders"];
        put?: never;
        /** Raise a purchase order (supply with a date); lines may name the order line they are for; dropShip ships straight to the customer */
        post: operations["createPurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a purchase order */
        get: operations["getPurchaseOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive all that is open, or the given line quantities: a receipt that fills the queue (linked lines first); a drop shipment is confirmed and ships its lines */
        post: operations["receivePurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a draft: its lines become expected supply */
        post: operations["confirmPurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel what is still open */
        post: operations["cancelPurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transfer orders, newest first, filtered by status (any of), from, to, location (either end) and sku; `limit` and `cursor` page */
        get: operations["listTransferOrders"];
        put?: never;
        /** Plan a transfer between two locations; lines may name the order line they are for */
        post: operations["createTransferOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a transfer order */
        get: operations["getTransferOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer-orders/{id}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ship at the source: the stock leaves it (in transit) */
        post: operations["shipTransferOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer-orders/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive at the destination: a receipt there (linked lines first) */
        post: operations["receiveTransferOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfer-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a transfer that has not shipped */
        post: operations["cancelTransferOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/supply-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The on-hand change schedule from today on */
        get: operations["getSupplySchedule"];
        put?: never;
        /** Upload on-hand changes expected by date (each entry sets its item, location and date; 0 removes it) */
        post: operations["uploadSupplySchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/replenishment/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per item and supplier: what covers the backorders and reaches the minimum level, net of inbound */
        get: operations["listReplenishmentSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/lines/{lineNo}/explanation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Why a line waits: queue place, units ahead, free stock, the supply that covers it, release block, cancellation date; or why it does not */
        get: operations["explainLine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{code}/intercompany": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Make a customer another company of the group, with its "sync backorder strategy" setting */
        put: operations["setIntercompanyCustomer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/intercompany": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The original order this one supplies, and the intercompany orders that supply it */
        get: operations["getIntercompanyLinks"];
        put?: never;
        /** Link this order of an intercompany customer to the original order it supplies; its backorder strategy is initialised from the original */
        post: operations["linkIntercompanyOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Domain events in commit order, without gaps; page with `cursor` = `nextCursor`, or poll with `after` = `next`
         * @description Every event of a committed change, oldest first, paged by a cursor that never skips an event committed late (docs/design.md, "Events and webhooks"). Filters: `type` (comma-separated), `order`, `customer`, `sku`. `nextCursor` is null once a page reaches what is committed so far; `next` always resumes (also then), and `events` repeats `items` (both names from before the paging convention).
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stock-arrivals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock-arrival alerts after an alert id, oldest first; ask again with `after` = `next` */
        get: operations["listStockArrivals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every endpoint */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /** Register an endpoint: its signing secret is answered this once */
        post: operations["registerWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an endpoint: URL, event types, description, active */
        patch: operations["changeWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret (answered once); the old one signs beside it for 24 hours */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An endpoint's deliveries, newest first */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A delivery and every attempt: status, duration, the start of the answer */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery's event again, as a new delivery with the same webhook-id */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an endpoint again every event of a time range it had been sent, in order, each as a new delivery with the same webhook-id */
        post: operations["replayWebhookRange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mail-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every kind’s template in force (the default where unchanged) */
        get: operations["listMailTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mail-templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One kind’s template in force */
        get: operations["getMailTemplate"];
        /** Replace a kind’s template: subject, plain text and HTML, naming only the placeholders of its kind */
        put: operations["changeMailTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mail-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mails written, newest first: recipient, kind, subject, status, attempts, the last error */
        get: operations["listMailMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import items from CSV (a header row; see the README for the columns)
         * @description Every row is checked as the API checks a body. A file with bad rows is refused whole (422 `import_refused`, listing row, column, code and message; as CSV with `Accept: text/csv`) unless `skipInvalid=true`. Rows Allot already has (by sku, code or order reference) are left alone.
         */
        post: operations["importItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import locations from CSV (a header row; see the README for the columns)
         * @description Every row is checked as the API checks a body. A file with bad rows is refused whole (422 `import_refused`, listing row, column, code and message; as CSV with `Accept: text/csv`) unless `skipInvalid=true`. Rows Allot already has (by sku, code or order reference) are left alone.
         */
        post: operations["importLocations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import customers from CSV (a header row; see the README for the columns)
         * @description Every row is checked as the API checks a body. A file with bad rows is refused whole (422 `import_refused`, listing row, column, code and message; as CSV with `Accept: text/csv`) unless `skipInvalid=true`. Rows Allot already has (by sku, code or order reference) are left alone.
         */
        post: operations["importCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import policies from CSV (a header row; see the README for the columns)
         * @description Every row is checked as the API checks a body. A file with bad rows is refused whole (422 `import_refused`, listing row, column, code and message; as CSV with `Accept: text/csv`) unless `skipInvalid=true`. Rows Allot already has (by sku, code or order reference) are left alone.
         */
        post: operations["importPolicies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/opening-stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import opening stock from CSV (a header row; see the README for the columns)
         * @description Every row is checked as the API checks a body. A file with bad rows is refused whole (422 `import_refused`, listing row, column, code and message; as CSV with `Accept: text/csv`) unless `skipInvalid=true`. Rows Allot already has (by sku, code or order reference) are left alone.
         */
        post: operations["importOpeningStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/supply-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import supply schedule from CSV (a header row; see the README for the columns)
         * @description Every row is checked as the API checks a body. A file with bad rows is refused whole (422 `import_refused`, listing row, column, code and message; as CSV with `Accept: text/csv`) unless `skipInvalid=true`. Rows Allot already has (by sku, code or order reference) are left alone.
         */
        post: operations["importSupplySchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import orders from CSV (a header row; see the README for the columns)
         * @description Every row is checked as the API checks a body. A file with bad rows is refused whole (422 `import_refused`, listing row, column, code and message; as CSV with `Accept: text/csv`) unless `skipInvalid=true`. Rows Allot already has (by sku, code or order reference) are left alone.
         */
        post: operations["importOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/backorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the backorder list as CSV (the filters of GET /v1/backorders) */
        get: operations["exportBackorders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export stock per item and location as CSV */
        get: operations["exportStock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export order lines as CSV (the columns of the orders import first) */
        get: operations["exportOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/order-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the record log of an order as CSV, newest first */
        get: operations["exportOrderHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/item-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the record log of an item as CSV, newest first */
        get: operations["exportItemHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deployment settings in force: job schedules, appending across orders, cancelling at release, the default cancellation SLA */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change deployment settings: in force in every API process at once, recorded in the record log (before, after, who) */
        patch: operations["changeSettings"];
        trace?: never;
    };
    "/v1/orders/{id}/choice-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the customer to choose for the order’s waiting lines: makes a signed, single-use, expiring link and raises customer.choice_requested */
        post: operations["requestCustomerChoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/choice-links/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a choice link shows (no account needed): the order’s waiting lines */
        get: operations["getChoiceLink"];
        put?: never;
        /** The customer’s choice per waiting line, through the link (used once); applied as an operator’s action would be */
        post: operations["chooseByLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (no database call) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and its migrations are current; 503 problem otherwise */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description `queue`: strict priority, then entry; `fair_share`: while short, stock is shared among the customers waiting at the same priority in proportion to what they wait for */
        AllocationRule: "queue" | "fair_share";
        /** @description An API key, never its secret */
        ApiKey: {
            id: number;
            /** @description The visible start of the key, to find it in logs and revoke it */
            prefix: string;
            name: string;
            role: components["schemas"]["Role"];
            /** @description May name the person it acts for with X-Actor */
            onBehalf: boolean;
            status: "active" | "expired" | "revoked";
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
            createdAt: string;
            createdBy: string;
        };
        ApiKeyInput: {
            name: string;
            role: components["schemas"]["Role"];
            /** Format: date-time */
            expiresAt?: string;
            /** @description May name the person it acts for with X-Actor (not for viewer keys) */
            onBehalf?: boolean;
        };
        /** @description API keys by id; `nextCursor` pages on */
        ApiKeyList: {
            items: components["schemas"]["ApiKey"][];
            nextCursor: string | null;
            /** @description The same keys as `items` (the name before the paging convention) */
            keys: components["schemas"]["ApiKey"][];
        };
        BacklogDay: {
            /** Format: date */
            date: string;
            /** @description Units on backorder at the end of the day */
            units: number;
            /** @description Lines with units on backorder at the end of the day */
            lines: number;
        };
        /** @description The backlog at the end of each day from `from` to `to` (at most 366 days), from the record log */
        BacklogHistory: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            days: components["schemas"]["BacklogDay"][];
        };
        /** @description The backlog at a glance: waiting lines, units and value, oldest wait, lines late against their dates */
        BacklogSummary: {
            /**
             * Format: date
             * @description The business day the figures are for
             */
            businessDate: string;
            waitingLines: number;
            unitsBackordered: number;
            /** @description Units backordered at their lines’ prices */
            valueBackordered: number;
            /** @description Waiting lines that are preorders */
            preorderLines: number;
            oldestEnteredAt: string | null;
            oldestWaitDays: number | null;
            /** @description Waiting lines whose expected ship date is before the business day */
            pastPromiseDate: number;
            /** @description Waiting lines whose order’s requested ship date is before the business day */
            pastRequestedDate: number;
        };
        /** @description What needs attention today: lines near their cancellation SLA, fills today, preorders by launch */
        BacklogToday: {
            /** Format: date */
            businessDate: string;
            nearCancellation: {
                /** @description How far ahead “near” looks */
                withinDays: number;
                /** @description Waiting lines the cancellation SLA takes within `withinDays` days, or already would */
                lines: number;
                units: number;
            };
            fillsToday: {
                /** @description Lines that had units on backorder and were allocated stock today */
                lines: number;
                units: number;
            };
            /** @description Waiting preorder lines per item, by launch date */
            preordersByLaunch: components["schemas"]["WaitingPreorders"][];
        };
        /** @description A waiting line */
        Backorder: {
            orderId: number;
            lineNo: number;
            sku: string;
            customer: string;
            priority: number;
            enteredAt: string;
            ageDays: number;
            allocated: number;
            backordered: number;
            queuePosition: number;
            preorder: boolean;
            expectedShipDate: string | null;
            strategy: components["schemas"]["BackorderStrategy"];
            location: string | null;
            cancelOn: string | null;
        };
        /** @description Waiting lines in queue order (or `sort`); `nextCursor` pages on */
        BackorderList: {
            items: components["schemas"]["Backorder"][];
            nextCursor: string | null;
        };
        /** @description What an order does with what cannot ship now */
        BackorderStrategy: "backorder_allowed" | "max_one_backorder" | "deliver_in_full" | "no_backorder";
        CancelLine: {
            lineNo: number;
            quantity?: number;
        };
        /** @description A choice per waiting line (lines left out stay as they are) */
        ChoiceInput: {
            choices: {
                lineNo: number;
                choice: components["schemas"]["CustomerChoice"];
            }[];
        };
        /** @description The choices applied */
        ChoiceMade: {
            orderId: number;
            choices: {
                lineNo: number;
                choice: components["schemas"]["CustomerChoice"];
            }[];
        };
        /** @description What a choice link shows: the order’s waiting lines */
        ChoicePage: {
            orderId: number;
            reference: string | null;
            customer: string;
            /** Format: date-time */
            expiresAt: string;
            lines: {
                lineNo: number;
                sku: string;
                name: string;
                quantity: number;
                /** @description Allocated and not yet shipped or released: what "ship what is there" sends */
                available: number;
                backordered: number;
                expectedShipDate: string | null;
                choice: components["schemas"]["CustomerChoice"] | null;
            }[];
        };
        /** @description A choice link made for the waiting lines of an order */
        ChoiceRequest: {
            orderId: number;
            /** @description The link to send the customer: no account needed, used once, expiring */
            choiceUrl: string;
            /** Format: date-time */
            expiresAt: string;
            lines: {
                lineNo: number;
                sku: string;
                backordered: number;
            }[];
        };
        /** @description A customer and the defaults their orders inherit */
        Customer: {
            code: string;
            name: string;
            priority: number;
            shipType: string;
            fulfillmentPolicy: string | null;
            /** @description The contact address customer notices go to; left out when it has none (no notices) */
            email?: string;
            /** @description False once deactivated; left out of the answer to a create (always active) */
            active?: boolean;
        };
        /** @description Either `units`, or `percentOfReceipts` with `periodDays`: what one customer may hold of the item while others wait */
        CustomerCapInput: {
            /** @description At most this many units held by one customer while others wait */
            units?: number;
            /** @description At most this percent of the item’s receipts over `periodDays` */
            percentOfReceipts?: number;
            /** @description The receipts counted: those of the last N days up to the latest receipt */
            periodDays?: number;
        };
        /** @description Priority, ship type and default policy are defaults: they apply to new orders only, the orders already entered keep theirs */
        CustomerChange: {
            name?: string;
            priority?: number;
            shipType?: components["schemas"]["ShipType"];
            fulfillmentPolicy?: string | null;
            email?: string | null;
            /** @description False: deactivated (kept for history); an inactive item or customer takes no new orders */
            active?: boolean;
        };
        /** @description For a waiting line: keep waiting; ship what is there now and cancel the rest; or cancel it */
        CustomerChoice: "keep_waiting" | "ship_available" | "cancel";
        /** @description Choices for waiting lines were applied: by the customer, or by the ladder’s default choice */
        CustomerChoiceMadeEvent: {
            /** @description Unique, and the `webhook-id` of its deliveries (`evt_<id>`) */
            id: number;
            /** @enum {string} */
            type: "customer.choice_made";
            /** Format: date-time */
            at: string;
            orderId: number | null;
            customer: string | null;
            /** @description The items it concerns */
            skus: string[];
            data: {
                customer: string;
                decidedBy: "customer" | "default";
                lines: {
                    lineNo: number;
                    sku: string | null;
                    quantity: number;
                    choice: string;
                }[];
            };
        };
        /** @description The customer is asked to choose for their waiting lines, through `choiceUrl` (no account needed) until `expiresAt` */
        CustomerChoiceRequestedEvent: {
            /** @description Unique, and the `webhook-id` of its deliveries (`evt_<id>`) */
            id: number;
            /** @enum {string} */
            type: "customer.choice_requested";
            /** Format: date-time */
            at: string;
            orderId: number | null;
            customer: string | null;
            /** @description The items it concerns */
            skus: string[];
            data: {
                customer: string;
                lines: {
                    lineNo: number;
                    sku: string | null;
                    /** @description Backordered */
                    quantity: number;
                    expectedShipDate: string | null;
                }[];
                choiceUrl: string;
                /** Format: date-time */
                expiresAt: string;
                step: {
                    afterDays: number;
                    from: string;
                    action: string;
                } | null;
            };
        };
        /** @description Customer defaults, inherited by their orders */
        CustomerInput: {
            code: string;
            name: string;
            priority?: number;
            shipType?: components["schemas"]["ShipType"];
            fulfillmentPolicy?: string;
            /**
             * Format: email
             * @description The contact address customer notices go to (none: no notices)
             */
            email?: string;
        };
        /** @description Customers by code; `nextCursor` pages on */
        CustomerList: {
            items: components["schemas"]["Customer"][];
            nextCursor: string | null;
        };
        /** @description The SLA ladder tells the customer their lines still wait: what, and when it is expected */
        CustomerNotifiedEvent: {
            /** @description Unique, and the `webhook-id` of its deliveries (`evt_<id>`) */
            id: number;
            /** @enum {string} */
            type: "customer.notified";
            /** Format: date-time */
            at: string;
            orderId: number | null;
            customer: string | null;
            /** @description The items it concerns */
            skus: string[];
            data: {
                customer: string;
                lines: {
                    lineNo: number;
                    sku: string | null;
                    /** @description Backordered */
                    quantity: number;
                    expectedShipDate: string | null;
                }[];
                /** @description The SLA ladder step that acted */
                step: {
                    afterDays: number;
                    from: string;
                    action: string;
                };
            };
        };
        /** @description The deployment settings in force in every API process */
        DeploymentSettings: {
            /** @description Releases append to any pending shipment of the customer at the location, not only the order's own */
            appendAcrossOrders: boolean;
            /** @description A no_backorder order's remainder is cancelled at its release (else by the cancel-backorders job) */
            cancelNoBackorderAtRelease: boolean;
            cancelAfterDays: number | null;
            /** @description Every job that may run on a schedule */
            schedules: components["schemas"]["JobScheduleSetting"][];
            /** @description How many changes were made (0: the environment’s values) */
            version: number;
            changedAt: string | null;
            changedBy: string | null;
        };
        /** @description A domain event, by its `type` */
        DomainEvent: components["schemas"]["OrderBackorderedEvent"] | components["schemas"]["LineAllocatedEvent"] | components["schemas"]["LineFilledEvent"] | components["schemas"]["PromiseDateChangedEvent"] | components["schemas"]["OrderReleasedEvent"] | components["schemas"]["ReleaseRefusedEvent"] | components["schemas"]["ShipmentShippedEvent"] | components["schemas"]["LineCancelledEvent"] | components["schemas"]["StockArrivedEvent"] | components["schemas"]["PreorderLaunchedEvent"] | components["schemas"]["CustomerNotifiedEvent"] | components["schemas"]["CustomerChoiceRequestedEvent"] | components["schemas"]["CustomerChoiceMadeEvent"] | components["schemas"]["WebhookEndpointFailingEvent"];
        /** @description What a command would do, measured by running it and rolling it back */
        DryRunPreview: {
            /** @enum {boolean} */
            dryRun: true;
            /** @description What the command would have answered */
            answer: unknown;
            /** @description Each line the command would change, before and after (null: the line would not exist) */
            lines: {
                orderId: number;
                lineNo: number;
                sku: string;
                before: components["schemas"]["LineFacts"] | null;
                after: components["schemas"]["LineFacts"] | null;
            }[];
            /** @description Each item whose free stock would change */
            items: {
                sku: string;
                before: {
                    available: number;
                };
                after: {
                    available: number;
                };
            }[];
        };
        /** @description Domain events in commit order (gap-free), oldest first */
        EventFeed: {
            items: components["schemas"]["DomainEvent"][];
            nextCursor: string | null;
            /** @description The same events as `items` (the name before the paging convention) */
            events: components["schemas"]["DomainEvent"][];
            /** @description Ask again with `after` set to this: it resumes right after the last event of the page, also at the end of the feed */
            next: string;
        };
        /** @description The type of a domain event */
        EventType: "order.backordered" | "line.allocated" | "line.filled" | "promise_date.changed" | "order.released" | "release.refused" | "shipment.shipped" | "line.cancelled" | "stock.arrived" | "preorder.launched" | "customer.notified" | "customer.choice_requested" | "customer.choice_made" | "webhook_endpoint.failing";
        /** @description A named fulfillment policy */
        FulfillmentPolicy: {
            code: string;
            backorderStrategy: string;
            preventPartialDelivery: boolean;
            fulfillmentRate: {
                valueType: string;
                minPercent: number;
            };
            violation: string;
            cancelAfterDays: number | null;
            /** @description Null: the deployment’s default ladder (ALLOT_SLA_LADDER) */
            slaLadder: components["schemas"]["SlaLadder"] | null;
            crossDockPolicy: string | null;
            crossDockWindowDays: number | null;
            /** @description False once deactivated; left out of the answer to a create (always active) */
            active?: boolean;
        };
        /** @description The rules read at release and by the cancellation and cross-dock jobs apply at once to every order that uses the policy; the strategy and preventPartialDelivery, copied onto orders, are carried to its open orders (each in its record log) */
        FulfillmentPolicyChange: {
            backorderStrategy?: components["schemas"]["BackorderStrategy"];
            /** @description Every line of the open orders using the policy takes it */
            preventPartialDelivery?: boolean;
            fulfillmentRate?: components["schemas"]["FulfillmentRate"];
            violation?: components["schemas"]["ViolationLevel"];
            cancelAfterDays?: number | null;
            slaLadder?: components["schemas"]["SlaLadder"] | null;
            crossDockPolicy?: string | null;
            crossDockWindowDays?: number | null;
            /** @description False: deactivated (kept for history) */
            active?: boolean;
        };
        /** @description The policy as changed, and what followed on its open orders */
        FulfillmentPolicyChanged: {
            code: string;
            backorderStrategy: string;
            preventPartialDelivery: boolean;
            fulfillmentRate: {
                valueType: string;
                minPercent: number;
            };
            violation: string;
            cancelAfterDays: number | null;
            /** @description Null: the deployment’s default ladder (ALLOT_SLA_LADDER) */
            slaLadder: components["schemas"]["SlaLadder"] | null;
            crossDockPolicy: string | null;
            crossDockWindowDays: number | null;
            /** @description False once deactivated; left out of the answer to a create (always active) */
            active?: boolean;
            /** @description What the change did to the open orders that use the policy */
            orders: {
                /** @description Open orders that took the new strategy or preventPartialDelivery */
                ordersChanged: number;
                /** @description Open orders that keep a strategy of their own (set by hand, or synced from their intercompany original) */
                ordersKeepingTheirStrategy: number;
            };
        };
        FulfillmentPolicyInput: {
            code: string;
            backorderStrategy: components["schemas"]["BackorderStrategy"];
            preventPartialDelivery?: boolean;
            fulfillmentRate?: components["schemas"]["FulfillmentRate"];
            violation?: components["schemas"]["ViolationLevel"];
            cancelAfterDays?: number;
            slaLadder?: components["schemas"]["SlaLadder"];
            /** @description The policy an order switches to while it waits for a purchase order raised for it */
            crossDockPolicy?: string;
            /** @description Only when the receipt is at most this many days before the planned ship date */
            crossDockWindowDays?: number;
        };
        /** @description Fulfillment policies by code; `nextCursor` pages on */
        FulfillmentPolicyList: {
            items: components["schemas"]["FulfillmentPolicy"][];
            nextCursor: string | null;
        };
        /** @description The share of the order (by quantity or by price) a release must reach */
        FulfillmentRate: {
            valueType: "none" | "quantity" | "price";
            minPercent: number;
        };
        /** @description One entry of the record log */
        HistoryEntry: {
            at: string;
            /** @description Who acted: the person a key acted for, else the user or key */
            actor: string;
            identity: {
                kind: string;
                id: number | null;
                name: string;
            } | null;
            onBehalfOf: string | null;
            entity: string;
            action: string;
            orderId: number | null;
            lineNo: number | null;
            quantity: number | null;
            reason: string | null;
            shipmentId: number | null;
        };
        /** @description What an import did (or, with dryRun, would do) */
        ImportReport: {
            kind: string;
            dryRun: boolean;
            /** @description Data rows read (the header not counted) */
            rows: number;
            /** @description Rows written (for orders: lines); with dryRun, rows that would be */
            created: number;
            /** @description Rows already in Allot as the file has them (natural keys: sku, code, reference) */
            unchanged: number;
            /** @description Rows refused */
            invalid: number;
            /** @description Columns this kind does not read */
            ignoredColumns: string[];
            /** @description The refused rows, the first 1,000 */
            errors: components["schemas"]["ImportRowError"][];
        };
        ImportRowError: {
            /** @description The record number in the file, the header being 1 */
            row: number;
            /** @description The column in error, empty when the row as a whole is */
            column: string;
            /** @description Stable: missing_column, missing_value, invalid_value, duplicate_key, order_invalid, wrong_field_count, malformed_csv, or a refusal code of the API (item_not_found, …) */
            code: string;
            message: string;
        };
        /** @description Expected supply: an open purchase order, a transfer in transit or a schedule entry */
        InboundSupply: {
            date: string;
            quantity: number;
            location: string;
            source: string;
            reference: string | null;
        };
        /** @description A customer that is another company of the group */
        IntercompanyCustomer: {
            customer: string;
            /** @enum {boolean} */
            intercompany: true;
            syncBackorderStrategy: boolean;
        };
        IntercompanyCustomerInput: {
            /** @description A direct-delivery order of this customer follows its original order’s backorder strategy */
            syncBackorderStrategy: boolean;
        };
        IntercompanyEnd: {
            orderId: number;
            directDelivery: boolean;
            /** @description The intercompany order’s strategy follows the original’s and cannot be changed on its own */
            synced: boolean;
        };
        IntercompanyLinkInput: {
            /** @description The order this intercompany order supplies */
            originalOrderId: number;
            /** @description It ships straight to the original order’s customer */
            directDelivery: boolean;
        };
        /** @description Both sides of an order’s intercompany links: the original it supplies, the orders that supply it */
        IntercompanyLinks: {
            orderId: number;
            original: components["schemas"]["IntercompanyEnd"] | null;
            intercompanyOrders: components["schemas"]["IntercompanyEnd"][];
        };
        IssuedKey: {
            key: components["schemas"]["ApiKey"];
            /** @description The whole key, shown this once: send it as Authorization: Bearer … */
            secret: string;
        };
        /** @description An item, with its preorder, replenishment and rationing terms */
        Item: {
            sku: string;
            name: string;
            unitPrice: number;
            service: boolean;
            preorder: components["schemas"]["PreorderTerms"] | null;
            replenishment: components["schemas"]["ReplenishmentTerms"] | null;
            rationing?: components["schemas"]["Rationing"];
            rationingFrom?: components["schemas"]["RationingFrom"];
            ownRationing?: components["schemas"]["OwnRationing"];
            /** @description Its item group; left out when it has none */
            group?: string;
            /** @description False once deactivated; left out of the answer to a create (always active) */
            active?: boolean;
        };
        ItemChange: {
            name?: string;
            unitPrice?: number;
            /** @description New preorder terms; null stops taking preorders */
            preorder?: components["schemas"]["PreorderInput"] | null;
            /** @description New replenishment settings; null stops suggesting purchases */
            replenishment?: components["schemas"]["ReplenishmentInput"] | null;
            /** @description New rationing of its own; null: it sets none and inherits its group’s (plain queue order, no cap without a group) */
            rationing?: components["schemas"]["RationingInput"] | null;
            group?: string | null;
            /** @description False: deactivated (kept for history); an inactive item or customer takes no new orders */
            active?: boolean;
        };
        /** @description An item group and the rationing its items inherit */
        ItemGroup: {
            code: string;
            name: string;
            rationing: components["schemas"]["Rationing"];
            /** @description False once deactivated; left out of the answer to a create (always active) */
            active?: boolean;
        };
        ItemGroupChange: {
            name?: string;
            /** @description New rationing for the items that inherit it: applies to stock allocated from then on; null: plain queue order, no cap */
            rationing?: components["schemas"]["RationingInput"] | null;
            /** @description False: deactivated (kept; its items keep inheriting from it, no item joins it) */
            active?: boolean;
        };
        /** @description An item group: the rule and cap its items inherit where they set none */
        ItemGroupInput: {
            code: string;
            name: string;
            rationing?: components["schemas"]["RationingInput"];
        };
        /** @description Item groups by code; `nextCursor` pages on */
        ItemGroupList: {
            items: components["schemas"]["ItemGroup"][];
            nextCursor: string | null;
        };
        /** @description The record log of an item */
        ItemHistory: {
            sku: string;
            entries: components["schemas"]["HistoryEntry"][];
            nextCursor: string | null;
        };
        ItemInput: {
            sku: string;
            name: string;
            unitPrice?: number;
            /** @description A service holds no stock and is never backordered */
            service?: boolean;
            preorder?: components["schemas"]["PreorderInput"];
            replenishment?: components["schemas"]["ReplenishmentInput"];
            rationing?: components["schemas"]["RationingInput"];
            /** @description The item group it belongs to: it inherits the group’s rule and cap where it sets none */
            group?: string;
        };
        /** @description Items by SKU; `nextCursor` pages on */
        ItemList: {
            items: components["schemas"]["Item"][];
            nextCursor: string | null;
        };
        Job: {
            name: string;
            description: string;
            schedule: string | null;
            /** @description What running it now needs: jobs.run, or jobs.cancel_in_bulk for the bulk cancellations */
            permission: string;
        };
        /** @description The jobs of this deployment and their latest runs */
        JobList: {
            jobs: components["schemas"]["Job"][];
            /** @description The latest runs, newest first */
            runs: components["schemas"]["JobRunRecord"][];
        };
        /** @description How the run went */
        JobResult: {
            runId?: number;
            job: string;
            status: string;
            processed: number;
            detail?: {
                [key: string]: unknown;
            };
        };
        JobRun: {
            id: number;
            job: string;
            status: "running" | "completed" | "failed" | "interrupted";
            /** @description Progress: what the job counts (lines, orders, items), renewed with each heartbeat */
            processed: number;
            detail: {
                [key: string]: unknown;
            } | null;
            error: {
                code: string;
                message: string;
            } | null;
            actor: string;
            /** Format: date-time */
            startedAt: string;
            finishedAt: string | null;
            /** Format: date-time */
            heartbeatAt: string;
            scheduledFor: string | null;
        };
        /** @description Job runs, newest first; `nextCursor` pages on */
        JobRunList: {
            items: components["schemas"]["JobRun"][];
            nextCursor: string | null;
        };
        JobRunRecord: {
            id: number;
            job: string;
            /** @description running, completed, failed or interrupted */
            status: string;
            processed: number;
            /** Format: date-time */
            startedAt: string;
            finishedAt: string | null;
            actor: string;
            errorCode: string | null;
            detail: {
                [key: string]: unknown;
            } | null;
        };
        /** @description Switches a job on or off, or changes its cron pattern */
        JobScheduleChange: {
            /** @description The job, as GET /v1/jobs names it */
            job: string;
            enabled?: boolean;
            cron?: string | null;
        };
        /** @description A job's schedule in this deployment */
        JobScheduleSetting: {
            /** @description The job, as GET /v1/jobs names it */
            job: string;
            description: string;
            /** @description Runs on its schedule */
            enabled: boolean;
            cron: string | null;
        };
        /** @description Stock was allocated to a line at a location */
        LineAllocatedEvent: {
            /** @description Unique, and the `webhook-id` of its deliveries (`evt_<id>`) */
            id: number;
            /** @enum {string} */
            type: "line.allocated";
            /** Format: date-time */
            at: string;
            orderId: number | null;
            customer: string | null;
            /** @description The items it concerns */
            skus: string[];
            data: {
                lineNo: number;
                sku: string | null;
                location: string | null;
                quantity: number;
                reason: string;
            };
        };
        /** @description What a line holds at one location */
        LineAllocation: {
            location: string;
            quantity: number;
            released: number;
        };
        /** @description Units of a line were cancelled, by whom (a person, a key, or the service: a job) and why */
        LineCancelledEvent: {
            /** @description Unique, and the `webhook-id` of its deliveries (`evt_<id>`) */
            id: number;
            /** @enum {string} */
            type: "line.cancelled";
            /** Format: date-time */
            at: string;
            orderId: number | null;
            customer: string | null;
            /** @description The items it concerns */
            skus: string[];
            data: {
                lineNo: number;
                sku: string | null;
                quantity: number;
                reason: string | null;
                by: {
                    kind: string;
                    name: string;
                };
            };
        };
        /** @description Why a line waits, as data and as one plain sentence; or that it does not, and why */
        LineExplanation: {
            /** @enum {boolean} */
            waiting: true;
            lineNo: number;
            sku: string;
            backordered: number;
            /** @description Its place in the item’s queue (priority, then entry) */
            queue: {
                /** @description 1 for the line served first */
                position: number;
                priority: number;
                /** Format: date */
                enteredOn: string;
                linesAhead: number;
                /** @description What the lines ahead still wait for */
                unitsAhead: number;
            };
            freeStock: {
                location: string;
                available: number;
            }[];
            coveredBy: {
                /** Format: date */
                date: string;
                quantity: number;
                location: string;
                source: "purchase_order" | "transfer_order" | "schedule";
                reference: string | null;
            } | null;
            expectedShipDate: string | null;
            /** @description Supply raised for this line, which serves it first */
            pegged: {
                /** Format: date */
                date: string;
                quantity: number;
                location: string;
                source: "purchase_order" | "transfer_order" | "schedule";
                reference: string | null;
            }[];
            preorderLaunch: string | null;
            releaseBlock: {
                rule: string;
                summary: string;
            } | null;
            cancellation: {
                /** Format: date */
                on: string;
                afterDays: number;
            } | null;
            rationing: {
                rule: "queue" | "fair_share";
                share: {
                    percent: number;
                    customerWaiting: number;
                    priorityWaiting: number;
                } | null;
                customerCap: {
                    units: number;
                    held: number;
                    reached: boolean;
                } | null;
            } | null;
            rationingFrom?: {
                rule: "item" | "group" | "default";
                customerCap: "item" | "group" | "default";
                group: string | null;
            } | null;
            sentence: string;
        } | {
            /** @enum {boolean} */
            waiting: false;
            lineNo: number;
            sku: string;
            reason: "filled" | "shipped" | "cancelled" | "may_not_wait";
            sentence: string;
        };
        LineFacts: {
            allocated: number;
            backordered: number;
            expectedShipDate: string | null;
            /** @description backordered, partially_allocated, allocated, partially_shipped, shipped or cancelled */
            status: string;
        };
        /** @description A waiting line got all it lacked: its backorder is cleared */
        LineFilledEvent: {
            /** @description Unique, and the `webhook-id` of its deliveries (`evt_<id>`) */
            id: number;
            /** @enum {string} */
            type: "line.filled";
            /** Format: date-time */
            at: string;
            orderId: number | null;
            customer: string | null;
            /** @description The items it concerns */
            skus: string[];
            data: {
                lineNo: number;
                sku: string | null;
            };
        };
        /** @description A warehouse or store */
        Location: {
            code: string;
            name: string;
            priority: number;
            /** @description False once deactivated; left out of the answer to a create (always active) */
            active?: boolean;
        };
        LocationChange: {
            name?: string;
            /** @description Higher priority is allocated from first; what is allocated stays where it is */
            priority?: number;
            /** @description False: deactivated (kept for history) */
            active?: boolean;
        };
        LocationInput: {
            code: string;
            name: string;
            /** @description Higher priority is allocated from first */
            priority?: number;
        };
        /** @description Locations by code; `nextCursor` pages on */
        LocationList: {
            items: components["schemas"]["Location"][];
            nextCursor: string | null;
        };
        LocationStock: {
            location: string;
            onHand: number;
            allocated: number;
            available: number;
        };
        /** @description backordered, date_changed, shipped, cancelled, choice_requested, customer_notified: customer notices (one per event); digest: the operators’ daily digest */
        MailKind: "backordered" | "date_changed" | "shipped" | "cancelled" | "choice_requested" | "customer_notified" | "digest";
        /** @description A mail written, and what came of sending it (pending: due or waiting to be tried again) */
        MailMessage: {
            id: number;
            kind: components["schemas"]["MailKind"];
            recipient: string;
            subject: string;
            status: "pending" | "sent" | "failed";
            attempts: number;
            lastError: string | null;
            eventId: number | null;
            orderId: number | null;
            customer: string | null;
            digestDate: string | null;
            nextAttemptAt: string | null;
            sentAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description Mails newest first; ask again with `before` = the last id */
        MailMessageList: {
            messages: components["schemas"]["MailMessage"][];
        };
        /** @description The template in force for one kind of mail */
        MailTemplate: {
            kind: components["schemas"]["MailKind"];
            subject: string;
            text: string;
            html: string;
            /** @description What this kind fills in (`{{name}}`) */
            placeholders: string[];
            /** @description false: the default template */
            changed: boolean;
            updatedAt: string | null;
            updatedBy: string | null;
        };
        /** @description A template: `{{placeholder}}`s are filled in when a mail is written; only those of its kind may be named */
        MailTemplateInput: {
            subject: string;
            /** @description The plain-text body */
            text: string;
            /** @description The HTML body: every value is HTML-escaped where it is filled in */
            html: string;
        };
        /** @description Every kind’s template in force */
        MailTemplateList: {
            templates: components["schemas"]["MailTemplate"][];
        };
        /** @description An order with its status, summary, release block and, per line, what is allocated, released, shipped, backordered and cancelled */
        Order: {
            id: number;
            customer: string;
            status: string;
            summary: string;
            priority: number;
            shipType: string;
            fulfillmentPolicy: string | null;
            backorderStrategy: string;
            /** @description Releases to the warehouse in force (voided ones do not count) */
            releases: number;
            releaseBlock: components["schemas"]["ReleaseBlock"] | null;
            requestedShipDate: string | null;
            reference: string | null;
            enteredAt: string;
            warnings: string[];
            location: string | null;
            splitFrom: number | null;
            lines: components["schemas"]["OrderLine"][];
        };
        /** @description Lines of an order went on backorder (at entry, or when split off) */
        OrderBackorderedEvent: {
            /** @description Unique, and the `webhook-id` of its deliveries (`evt_<id>`) */
            id: number;
            /** @enum {string} */
            type: "order.backordered";
            /** Format: date-time */
            at: string;
            orderId: number | null;
            customer: string | null;
            /** @description The items it concerns */
            skus: string[];
            data: {
                lines: {
                    lineNo: number;
                    sku: string | null;
                    quantity: number;
                }[];
            };
        };
        OrderCancellation: {
            /** @description By default every open quantity */
            lines?: components["schemas"]["CancelLine"][];
            reason?: string;
        };
        OrderChange: {
            priority?: number;
            shipType?: components["schemas"]["ShipType"];
            fulfillmentPolicy?: string;
            backorderStrategy?: components["schemas"]["BackorderStrategy"];
            requestedShipDate?: string | null;
            location?: string | null;
        };
        /** @description The record log of an order */
        OrderHistory: {
            orderId: number;
            entries: components["schemas"]["HistoryEntry"][];
            nextCursor: string | null;
        };
        /** @description Each line is allocated what its place in the queue entitles it to; the rest is backordered. `backorderStrategy` sets the header strategy by hand (by default the policy’s). */
        OrderInput: {
            customer: string;
            lines: components["schemas"]["OrderLineInput"][];
            priority?: number;
            shipType?: components["schemas"]["ShipType"];
            fulfillmentPolicy?: string;
            backorderStrategy?: components["schemas"]["BackorderStrategy"];
            /** Format: date */
            requestedShipDate?: string;
            reference?: string;
            /** @description The order’s own location: allocated from first, then the others by priority */
            location?: string;
        };
        OrderLine: {
            lineNo: number;
            sku: string;
            quantity: number;
            unitPrice: number;
            preventPartialDelivery: boolean;
            allocated: number;
            released: number;
            shipped: number;
            cancelled: number;
            backordered: number;
            status: string;
            preorder: boolean;
            expectedShipDate: string | null;
            allocations: components["schemas"]["LineAllocation"][];
            /** @description Why the line waits, in one sentence (as its explanation says it); left out when it does not wait. In the order read with `explain=true` only */
            waitingBecause?: string;
        };
        OrderLineChange: {
            /** @description More units queue at the line’s place; fewer come off the backorder first, never below released + shipped + cancelled */
            quantity?: number;
            preventPartialDelivery?: boolean;
        };
        OrderLineInput: {
            sku: string;
            quantity: number;
            unitPrice?: number;
            preventPartialDelivery?: boolean;
        };
        /** @description Orders in the order asked for; `nextCursor` pages on */
        OrderList: {
            items: components["schemas"]["Order"][];
            nextCursor: string | null;
        };
        /** @description Lines of an order were released to the warehouse */
        OrderReleasedEvent: {
            /** @description Unique, and the `webhook-id` of its deliveries (`evt_<id>`) */
            id: number;
            /** @enum {string} */
            type: "order.released";
            /** Format: date-time */
            at: string;
            orderId: number | null;
            customer: string | null;
            /** @description The items it concerns */
            skus: string[];
            data: {
                release: string | null;
                lines: {
                    lineNo: number;
                    sku: string | null;
                    quantity: number;
                }[];
            };
        };
        /** @description The new order holding the backordered remainder */
        OrderSplit: {
            newOrderId: number;
        };
        /** @description What is set on the item itself; what is left unset is inherited from its group */
        OwnRationing: {
            /** @description Null: inherited */
            rule: components["schemas"]["AllocationRule"] | null;
            /** @description Null: inherited, or none when `noCustomerCap` */
            customerCap: {
                units?: number;
                percentOfReceipts?: number;
                periodDays?: number;
            } | null;
            /** @description No cap on this item, whatever its group’s */
            noCustomerCap: boolean;
        };
        Permission: "catalog.read" | "orders.read" | "stock.read" | "supply.read" | "shipments.read" | "events.read" | "jobs.read" | "session.read" | "orders.write" | "stock.write" | "supply.write" | "shipments.write" | "jobs.run" | "catalog.write" | "users.manage" | "keys.manage" | "jobs.cancel_in_bulk" | "jobs.replay" | "webhooks.manage" | "mail.manage" | "settings.manage";
        PickReport: {
            orderId: number;
            lineNo: number;
            /** @description Picked; less than on the shipment is a short pick */
            quantity: number;
        };
        /** @description Before its launch date the item takes orders as preorder lines, at most `cap` units */
        PreorderInput: {
            /** Format: date */
            launchDate: string;
            cap?: number;
        };
        /** @description A preorder item launched: this line is no longer a preorder */
        PreorderLaunchedEvent: {
            /** @description Unique, and the `webhook-id` of its deliveries (`evt_<id>`) */
            id: number;
            /** @enum {string} */
            type: "preorder.launched";
            /** Format: date-time */
            at: string;
            orderId: number | null;
            customer: string | null;
            /** @description The items it concerns */
            skus: string[];
            data: {
                lineNo: number;
                sku: string | null;
                quantity: number;
                note: string | null;
            };
        };
        PreorderTerms: {
            launchDate: string;
            cap: number | null;
        };
        /** @description A refusal or a failure; members beside these give its context (the line, the quantities, …) */
        Problem: {
            /** @description The problem type: `/problems/` and the code with dashes */
            type: string;
            title: string;
            status: number;
            /**
             * @description Stable: what went wrong, for a program to act on
             * @enum {string}
             */
            code: "validation_failed" | "invalid_cursor" | "item_inactive" | "customer_inactive" | "malformed_json" | "unsupported_media_type" | "item_not_found" | "location_not_found" | "customer_not_found" | "fulfillment_policy_not_found" | "order_not_found" | "line_not_found" | "job_not_found" | "purchase_order_not_found" | "transfer_order_not_found" | "route_not_found" | "item_exists" | "location_exists" | "customer_exists" | "fulfillment_policy_exists" | "idempotency_key_reused" | "order_closed" | "transition_not_allowed" | "backorder_not_allowed" | "cancel_exceeds_open" | "quantity_below_committed" | "duplicate_line" | "adjustment_exceeds_stock" | "service_item_has_no_stock" | "nothing_to_change" | "nothing_to_release" | "preorder_not_launched" | "prevent_partial_delivery" | "fulfillment_rate_below_minimum" | "shipment_not_found" | "shipment_line_not_found" | "shipment_already_shipped" | "shipment_already_voided" | "ship_exceeds_released" | "exactly_one_customer_or_item" | "preorder_cap_exceeded" | "receipt_exceeds_open" | "transfer_exceeds_available" | "same_location" | "linked_line_item_mismatch" | "drop_ship_exceeds_open" | "nothing_to_split" | "nothing_to_source" | "no_supplier" | "order_has_no_location" | "rationing_on_service_item" | "customer_cap_not_positive" | "customer_cap_invalid" | "item_group_not_found" | "item_group_exists" | "item_group_inactive" | "customer_not_intercompany" | "intercompany_cycle" | "intercompany_already_linked" | "strategy_synced" | "job_run_not_found" | "job_interrupted" | "database_unavailable" | "migrations_pending" | "unauthenticated" | "forbidden" | "csrf_token_invalid" | "rate_limited" | "payload_too_large" | "as_of_in_future" | "user_not_found" | "api_key_not_found" | "login_exists" | "unknown_event_type" | "invalid_event_cursor" | "webhook_url_not_https" | "webhook_url_private_address" | "webhook_url_unresolvable" | "webhook_endpoint_not_found" | "webhook_delivery_not_found" | "unknown_placeholder" | "sla_steps_out_of_order" | "sla_default_choice_missing" | "sla_default_without_ask" | "sla_choice_not_allowed" | "sla_cancel_not_last" | "nothing_waiting" | "line_not_waiting" | "choice_link_invalid" | "choice_link_expired" | "choice_link_used" | "import_refused" | "invalid_cron_pattern" | "unknown_job" | "job_not_schedulable" | "schedule_without_pattern" | "max_one_backorder_incomplete" | "max_one_backorder_exhausted" | "deliver_in_full_incomplete" | "no_backorder_single_release" | "internal_error";
            /** @description What went wrong, for a person */
            detail: string;
            /** @description The request path */
            instance?: string;
            /** @description validation_failed: every field in error (`body/…`, `querystring/…`, `params/…`, `header/…`) */
            errors?: ({
                field: string;
                message: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /** @description The expected ship date of a waiting line moved (null: no expected supply covers it) */
        PromiseDateChangedEvent: {
            /** @description Unique, and the `webhook-id` of its deliveries (`evt_<id>`) */
            id: number;
            /** @enum {string} */
            type: "promise_date.changed";
            /** Format: date-time */
            at: string;
            orderId: number | null;
            customer: string | null;
            /** @description The items it concerns */
            skus: string[];
            data: {
                lineNo: number;
                sku: string | null;
                backordered: number;
                old: string | null;
                new: string | null;
            };
        };
        /** @description A purchase order: draft, open, partially_received, received or cancelled */
        PurchaseOrder: {
            id: number;
            supplier: string;
            location: string | null;
            dropShip: boolean;
            status: string;
            expectedDate: string;
            reference: string | null;
            createdAt: string;
            lines: components["schemas"]["PurchaseOrderLine"][];
        };
        PurchaseOrderInput: {
            supplier: string;
            /** @description Where the goods arrive; none for a drop shipment, which goes straight to the customer */
            location?: string;
            /** Format: date */
            expectedDate: string;
            reference?: string;
            dropShip?: boolean;
            lines: components["schemas"]["SupplyLineInput"][];
        };
        PurchaseOrderLine: {
            lineNo: number;
            sku: string;
            quantity: number;
            received: number;
            open: number;
            orderId: number | null;
            orderLineNo: number | null;
        };
        /** @description Purchase orders, newest first; `nextCursor` pages on */
        PurchaseOrderList: {
            items: components["schemas"]["PurchaseOrder"][];
            nextCursor: string | null;
        };
        PurchaseOrderReceipt: {
            /** @description By default all that is open */
            lines?: components["schemas"]["ReceiptLine"][];
            reference?: string;
        };
        /** @description An item’s allocation rule and per-customer cap in force; left out of an item allocated in plain queue order without a cap */
        Rationing: {
            rule: components["schemas"]["AllocationRule"];
            customerCap: {
                units?: number;
                percentOfReceipts?: number;
                periodDays?: number;
            } | null;
        };
        /** @description Where the rule and the cap in force come from: set on the item, its group’s, or the default (`queue`, no cap) */
        RationingFrom: {
            rule: "item" | "group" | "default";
            customerCap: "item" | "group" | "default";
        };
        /** @description How the stock of an item (or of a group’s items) is shared while it is short (docs/domain.md#rationing); `rule` left out: an item inherits its group’s (`queue` without a group), a group has `queue` */
        RationingInput: {
            rule?: components["schemas"]["AllocationRule"];
            /** @description Left out on an item: it inherits its group’s cap (none without a group); null: no cap on this item whatever its group’s; on a group, left out or null: none */
            customerCap?: components["schemas"]["CustomerCapInput"] | null;
        };
        ReasonInput: {
            reason?: string;
        };
        ReceiptLine: {
            lineNo: number;
            quantity: number;
        };
        /** @description What a release sent to the warehouse, on which shipments */
        Release: {
            orderId: number;
            releaseNo: number;
            released: {
                lineNo: number;
                quantity: number;
            }[];
            shipments: number[];
            warnings: string[];
        };
        /** @description What a deliver-in-full or max-one-backorder order waits for */
        ReleaseBlock: {
            /** @description deliver_in_full or max_one_backorder */
            rule: string;
            waitingFor: {
                lineNo: number;
                units: number;
            }[];
        };
        /** @description A release takes no parameters: the order’s policy decides what goes */
        ReleaseInput: Record<string, never>;
        /** @description A release was refused; `rule` is the refusal code */
        ReleaseRefusedEvent: {
            /** @description Unique, and the `webhook-id` of its deliveries (`evt_<id>`) */
            id: number;
            /** @enum {string} */
            type: "release.refused";
            /** Format: date-time */
            at: string;
            orderId: number | null;
            customer: string | null;
            /** @description The items it concerns */
            skus: string[];
            data: {
                rule: string;
                detail: string;
            };
        };
        /** @description How an item is bought: from whom, how long it takes, the level to keep, the usual quantity */
        ReplenishmentInput: {
            supplier: string;
            leadTimeDays?: number;
            minLevel?: number;
            reorderQuantity?: number;
            /** @description Where its purchase orders deliver; by default the order's or the best location */
            location?: string;
        };
        ReplenishmentSuggestion: {
            sku: string;
            supplier: string;
            location: string;
            backordered: number;
            available: number;
            inbound: number;
            minLevel: number;
            reorderQuantity: number;
            /** @description What to buy: covers the backorders and reaches the minimum level, net of free stock and inbound */
            quantity: number;
            expectedDate: string;
        };
        /** @description What to buy now, per item */
        ReplenishmentSuggestionList: {
            suggestions: components["schemas"]["ReplenishmentSuggestion"][];
        };
        ReplenishmentTerms: {
            supplier: string;
            leadTimeDays: number;
            minLevel: number;
            reorderQuantity: number;
            location: string | null;
        };
        /** @description viewer reads; operator also runs the day (orders, stock, supply, shipments, daily jobs); admin also keeps master data, people and keys */
        Role: "viewer" | "operator" | "admin";
        ScheduleEntry: {
            sku: string;
            location: string;
            date: string;
            quantity: number;
        };
        ScheduleEntryInput: {
            sku: string;
            location: string;
            /** Format: date */
            date: string;
            /** @description 0 removes the entry */
            quantity: number;
        };
        /** @description Who is calling, how, and with what permissions */
        Session: {
            identity: {
                kind: "user" | "key" | "system";
                id: number | null;
                name: string;
                role: components["schemas"]["Role"];
            };
            via: "key" | "session";
            permissions: components["schemas"]["Permission"][];
            csrfToken: string | null;
            idleMinutes: number | null;
        };
        /** @description The settings to change; the others stay */
        SettingsChange: {
            appendAcrossOrders?: boolean;
            cancelNoBackorderAtRelease?: boolean;
            cancelAfterDays?: number | null;
            schedules?: components["schemas"]["JobScheduleChange"][];
        };
        ShipInput: {
            /** @description Lines picked short; lines not named ship in full */
            lines?: components["schemas"]["PickReport"][];
        };
        /** @description partial_ok: ship what is there; complete: ship the order only when all of it is there */
        ShipType: "partial_ok" | "complete";
        /** @description A shipment: pending, shipped or voided */
        Shipment: {
            id: number;
            status: string;
            location: string;
            customer: string;
            createdAt: string;
            closedAt: string | null;
            lines: components["schemas"]["ShipmentLine"][];
        };
        /** @description The record log of a shipment */
        ShipmentHistory: {
            shipmentId: number;
            entries: components["schemas"]["HistoryEntry"][];
            nextCursor: string | null;
        };
        ShipmentLine: {
            orderId: number;
            lineNo: number;
            sku: string;
            /** @description Released onto this shipment */
            quantity: number;
            shipped: number;
        };
        /** @description Shipments in id order; `nextCursor` pages on (`nextAfter` too, as `after`) */
        ShipmentList: {
            items: components["schemas"]["Shipment"][];
            nextCursor: string | null;
            nextAfter: number | null;
        };
        /** @description A shipment was shipped: this order's lines in it, and what was short-picked (back on backorder) */
        ShipmentShippedEvent: {
            /** @description Unique, and the `webhook-id` of its deliveries (`evt_<id>`) */
            id: number;
            /** @enum {string} */
            type: "shipment.shipped";
            /** Format: date-time */
            at: string;
            orderId: number | null;
            customer: string | null;
            /** @description The items it concerns */
            skus: string[];
            data: {
                shipmentId: number;
                lines: {
                    lineNo: number;
                    sku: string | null;
                    quantity: number;
                }[];
                shortPicks: {
                    lineNo: number;
                    sku: string | null;
                    quantity: number;
                    reason: string | null;
                }[];
            };
        };
        ShipmentStatus: "pending" | "shipped" | "voided";
        ShortagePurchaseInput: {
            /** @description The supplier ships the shortage straight to the customer */
            dropShip?: boolean;
            /** @description Overrides the items’ suppliers */
            supplier?: string;
            /**
             * Format: date
             * @description Overrides today plus the items’ lead times
             */
            expectedDate?: string;
            /** @description Where the goods arrive; by default the order’s location, the item’s, or the best one */
            location?: string;
        };
        /** @description The purchase orders raised */
        ShortagePurchases: {
            purchaseOrders: components["schemas"]["PurchaseOrder"][];
        };
        ShortageTransferInput: {
            from: string;
            /** @description The destination; by default the order’s location */
            to?: string;
            /** Format: date */
            expectedDate: string;
        };
        SignInInput: {
            login: string;
            password: string;
        };
        /** @description A new session: send csrfToken as X-CSRF-Token with every change made with the cookie */
        SignedIn: {
            user: components["schemas"]["User"];
            csrfToken: string;
            idleMinutes: number;
        };
        /** @description Steps taken on each backordered line, in this order, before the cancellation after `cancelAfterDays` (the last step) */
        SlaLadder: components["schemas"]["SlaStep"][];
        /** @description One step of an SLA ladder; `choice` only on a `default_choice` step */
        SlaStep: {
            afterDays: number;
            /** @description Counted from the order’s entry, or from a promise date that has passed */
            from: "entry" | "promise_date";
            /** @description notify the customer, ask them to choose, apply the default choice, or cancel the backorder */
            action: "notify" | "ask" | "default_choice" | "cancel";
            choice?: components["schemas"]["CustomerChoice"];
        };
        /** @description A count correction; removing stock takes back unreleased allocation from the worst-ranked lines */
        StockAdjustment: {
            sku: string;
            location: string;
            /** @description Signed; never 0 */
            quantity: number;
            reason: string;
        };
        /** @description Stock arrived and the waiting lines it filled */
        StockArrival: {
            id: number;
            at: string;
            type: string;
            sku: string | null;
            location: string | null;
            reference: string | null;
            received: number | null;
            filled: number;
            orders: {
                orderId: number;
                lines: {
                    lineNo: number;
                    quantity: number;
                }[];
            }[];
        };
        /** @description Stock-arrival alerts, oldest first; ask again with `after` = `next` */
        StockArrivalList: {
            events: components["schemas"]["StockArrival"][];
            next: number;
        };
        /** @description Stock arrived (a receipt, or the primary backorder process) and filled waiting lines */
        StockArrivedEvent: {
            /** @description Unique, and the `webhook-id` of its deliveries (`evt_<id>`) */
            id: number;
            /** @enum {string} */
            type: "stock.arrived";
            /** Format: date-time */
            at: string;
            orderId: number | null;
            customer: string | null;
            /** @description The items it concerns */
            skus: string[];
            data: {
                sku: string | null;
                location: string | null;
                reference: string | null;
                received: number | null;
                filled: number;
                orders: {
                    orderId: number;
                    lines: {
                        lineNo: number;
                        quantity: number;
                    }[];
                }[];
            };
        };
        /** @description A receipt or a customer return: raises on hand and fills the queue */
        StockReceipt: {
            sku: string;
            location: string;
            quantity: number;
            reference?: string;
        };
        /** @description Stock and demand of an item: on hand, allocated, available, backordered, per location, and what is expected */
        StockView: {
            sku: string;
            onHand: number;
            allocated: number;
            available: number;
            backordered: number;
            waitingLines: number;
            locations: components["schemas"]["LocationStock"][];
            nextExpectedDate: string | null;
            /** @description Earliest first */
            inbound: components["schemas"]["InboundSupply"][];
            /**
             * Format: date
             * @description The business day: expected supply dated before it is due now (the item page draws its timeline from it)
             */
            businessDate: string;
        };
        /** @description A purchase or transfer order line; `orderId` and `lineNo` together name the order line it is raised for, which gets that stock first */
        SupplyLineInput: {
            sku: string;
            quantity: number;
            orderId?: number;
            lineNo?: number;
        };
        /** @description The on-hand change schedule from today on */
        SupplySchedule: {
            entries: components["schemas"]["ScheduleEntry"][];
        };
        /** @description Each entry sets the units expected for its item, location and date */
        SupplyScheduleUpload: {
            entries: components["schemas"]["ScheduleEntryInput"][];
        };
        /** @description A transfer order: open, shipped, received or cancelled */
        TransferOrder: {
            id: number;
            from: string;
            to: string;
            status: string;
            expectedDate: string;
            reference: string | null;
            createdAt: string;
            lines: components["schemas"]["TransferOrderLine"][];
        };
        TransferOrderInput: {
            from: string;
            to: string;
            /** Format: date */
            expectedDate: string;
            reference?: string;
            lines: components["schemas"]["SupplyLineInput"][];
        };
        TransferOrderLine: {
            lineNo: number;
            sku: string;
            quantity: number;
            shipped: number;
            received: number;
            orderId: number | null;
            orderLineNo: number | null;
        };
        /** @description Transfer orders, newest first; `nextCursor` pages on */
        TransferOrderList: {
            items: components["schemas"]["TransferOrder"][];
            nextCursor: string | null;
        };
        /** @description A person who signs in */
        User: {
            id: number;
            login: string;
            name: string;
            role: components["schemas"]["Role"];
            active: boolean;
            createdAt: string;
            updatedAt: string;
        };
        UserChange: {
            name?: string;
            role?: components["schemas"]["Role"];
            active?: boolean;
            password?: string;
        };
        /** @description Without a password, the person signs in by one-time links only */
        UserInput: {
            /** @description An email or a login name (unique, any case) */
            login: string;
            name: string;
            role: components["schemas"]["Role"];
            password?: string;
        };
        /** @description People by id; `nextCursor` pages on */
        UserList: {
            items: components["schemas"]["User"][];
            nextCursor: string | null;
            /** @description The same people as `items` (the name before the paging convention) */
            users: components["schemas"]["User"][];
        };
        /** @description What a release below the fulfillment rate does */
        ViolationLevel: "info" | "warning" | "error";
        WaitingPreorders: {
            sku: string;
            /** Format: date */
            launchDate: string;
            lines: number;
            /** @description Units the waiting preorder lines lack */
            units: number;
        };
        /** @description One attempt to deliver */
        WebhookAttempt: {
            /** Format: date-time */
            at: string;
            statusCode: number | null;
            /** @description delivered, retry, rejected (a 4xx: not retried), or gave_up */
            outcome: string;
            durationMs: number;
            responseExcerpt: string | null;
        };
        /** @description One event for one endpoint, and (when read alone) its attempts */
        WebhookDelivery: {
            id: number;
            endpointId: number;
            /** @description Sent as `webhook-id: evt_<eventId>` */
            eventId: number;
            eventType: components["schemas"]["EventType"];
            orderId: number | null;
            status: "pending" | "delivered" | "failed";
            attempts: number;
            nextAttemptAt: string | null;
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            attemptLog?: components["schemas"]["WebhookAttempt"][];
        };
        /** @description An endpoint's deliveries, newest first; `nextCursor` pages on (or `before` = the last id, as before) */
        WebhookDeliveryList: {
            items: components["schemas"]["WebhookDelivery"][];
            nextCursor: string | null;
            /** @description The same deliveries as `items` (the name before the paging convention) */
            deliveries: components["schemas"]["WebhookDelivery"][];
        };
        /** @description An endpoint; its secret is shown only when made or rotated */
        WebhookEndpoint: {
            id: number;
            url: string;
            description: string;
            eventTypes: components["schemas"]["EventType"][];
            active: boolean;
            /** @description failing: a delivery gave up after its last retry */
            health: "healthy" | "failing";
            previousSecretExpiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A change to an endpoint; `active: true` also clears `failing` */
        WebhookEndpointChange: {
            /** @description https (http only where the deployment allows it) */
            url?: string;
            /** @description Event types it receives (see `EventType`) */
            eventTypes?: string[];
            description?: string;
            active?: boolean;
        };
        /** @description A webhook endpoint gave up a delivery after its last retry and is marked failing (told once, until it delivers again) */
        WebhookEndpointFailingEvent: {
            /** @description Unique, and the `webhook-id` of its deliveries (`evt_<id>`) */
            id: number;
            /** @enum {string} */
            type: "webhook_endpoint.failing";
            /** Format: date-time */
            at: string;
            orderId: number | null;
            customer: string | null;
            /** @description The items it concerns */
            skus: string[];
            data: {
                endpointId: number;
                url: string;
                deliveryId: number;
                eventId: number;
                eventType: string;
            };
        };
        /** @description An endpoint that receives signed domain events (Standard Webhooks) */
        WebhookEndpointInput: {
            /** @description https (http only where the deployment allows it) */
            url: string;
            /** @description Event types it receives (see `EventType`) */
            eventTypes: string[];
            description?: string;
            active?: boolean;
        };
        /** @description Every webhook endpoint */
        WebhookEndpointList: {
            endpoints: components["schemas"]["WebhookEndpoint"][];
        };
        /** @description An endpoint and its new signing secret */
        WebhookEndpointWithSecret: {
            endpoint: components["schemas"]["WebhookEndpoint"];
            /** @description whsec_…: shown this once; verify signatures with it */
            secret: string;
        };
        /** @description A time range of events to send an endpoint again */
        WebhookReplayRange: {
            /**
             * Format: date-time
             * @description Events at or after this time
             */
            from: string;
            /**
             * Format: date-time
             * @description Events before this time
             */
            to: string;
        };
        /** @description The events of the range the endpoint had been sent, each sent again as a new delivery (same webhook-id) */
        WebhookReplayed: {
            endpointId: number;
            replayed: number;
            /** @description The new deliveries, in event order */
            deliveries: number[];
        };
        /**
         * Parameters of primary-backorder-process
         * @description Fills backorders from received stock.
         */
        PrimaryBackorderProcessParameters: {
            /**
             * Format: date
             * @description The business day the run is for; today by default
             */
            asOf?: string;
        };
        /**
         * Parameters of secondary-backorder-process
         * @description Fills backorders from adjustments, returns and cancellations.
         */
        SecondaryBackorderProcessParameters: {
            /**
             * Format: date
             * @description The business day the run is for; today by default
             */
            asOf?: string;
        };
        /**
         * Parameters of release-to-warehouse
         * @description Releases every order that may release now to the warehouse, in queue order.
         */
        ReleaseToWarehouseParameters: {
            /**
             * Format: date
             * @description The business day the run is for; today by default
             */
            asOf?: string;
        };
        /**
         * Parameters of cancel-backorders
         * @description Cancels the backorders of no_backorder orders past their planned ship date.
         */
        CancelBackordersParameters: {
            /**
             * Format: date
             * @description The business day the run is for; today by default
             */
            asOf?: string;
            daysPastShipDate?: number;
            ignoreShipDate?: boolean;
        };
        /**
         * Parameters of cancel-for-item-or-customer
         * @description Cancels every open quantity of one customer (e.g. bankrupt) or one item (e.g. discontinued).
         */
        CancelForItemOrCustomerParameters: {
            /**
             * Format: date
             * @description The business day the run is for; today by default
             */
            asOf?: string;
            sku?: string;
            customer?: string;
        };
        /**
         * Parameters of cancellation-sla
         * @description Cancels backorders not filled within cancelAfterDays of order entry (policy, else deployment default).
         */
        CancellationSlaParameters: {
            /**
             * Format: date
             * @description The business day the run is for; today by default
             */
            asOf?: string;
        };
        /**
         * Parameters of sla-ladder
         * @description Walks the SLA ladder of every backordered line (notify, ask to choose, default choice, cancel), then the cancellation SLA.
         */
        SlaLadderParameters: {
            /**
             * Format: date
             * @description The business day the run is for; today by default
             */
            asOf?: string;
        };
        /**
         * Parameters of preorder-launch
         * @description On launch day, turns preorder lines into ordinary lines and releases their reserved stock to the warehouse.
         */
        PreorderLaunchParameters: {
            /**
             * Format: date
             * @description The business day the run is for; today by default
             */
            asOf?: string;
        };
        /**
         * Parameters of replenishment
         * @description Drafts purchase orders that cover backorders and reach minimum levels, net of inbound.
         */
        ReplenishmentParameters: {
            /**
             * Format: date
             * @description The business day the run is for; today by default
             */
            asOf?: string;
            supplier?: string;
        };
        /**
         * Parameters of update-crossdock-policies
         * @description Switches orders waiting for a cross-docked purchase order to their policy’s cross-dock alternative.
         */
        UpdateCrossdockPoliciesParameters: {
            /**
             * Format: date
             * @description The business day the run is for; today by default
             */
            asOf?: string;
        };
        /**
         * Parameters of refresh-promise-dates
         * @description Recomputes the promise dates of items whose dates have passed (overdue or expired supply).
         */
        RefreshPromiseDatesParameters: {
            /**
             * Format: date
             * @description The business day the run is for; today by default
             */
            asOf?: string;
        };
        /**
         * Parameters of expire-idempotency-keys
         * @description Deletes idempotency keys older than 24 hours.
         */
        ExpireIdempotencyKeysParameters: {
            /**
             * Format: date
             * @description The business day the run is for; today by default
             */
            asOf?: string;
        };
        /**
         * Parameters of check-invariants
         * @description Checks every allocation invariant; with repair, rebuilds counters, demand and promise dates first.
         */
        CheckInvariantsParameters: {
            /**
             * Format: date
             * @description The business day the run is for; today by default
             */
            asOf?: string;
            repair?: boolean;
        };
        /**
         * Parameters of operator-digest
         * @description Mails the operators the day’s digest: new backorders, lines past their promise date, SLA cancellations coming, stuck releases.
         */
        OperatorDigestParameters: {
            /**
             * Format: date
             * @description The business day the run is for; today by default
             */
            asOf?: string;
        };
    };
    responses: never;
    parameters: {
        /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
        IdempotencyKey: string;
        /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
        Actor: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who is calling, how, and with what permissions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInInput"];
            };
        };
        responses: {
            /** @description A new session: send csrfToken as X-CSRF-Token with every change made with the cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedIn"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    useSignInLink: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: on to / */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description People by id; `nextCursor` pages on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            /** @description A person who signs in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `login_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserChange"];
            };
        };
        responses: {
            /** @description A person who signs in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `user_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API keys by id; `nextCursor` pages on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedKey"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An API key, never its secret */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `api_key_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedKey"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `api_key_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listItems: {
        parameters: {
            query?: {
                /** @description Part of the code or the name, any case */
                q?: string;
                active?: boolean;
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Items by SKU; `nextCursor` pages on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemList"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createItem: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemInput"];
            };
        };
        responses: {
            /** @description An item, with its preorder, replenishment and rationing terms */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `location_not_found`, `item_group_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `item_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `item_group_inactive`, `rationing_on_service_item`, `customer_cap_not_positive`, `customer_cap_invalid` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sku: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An item, with its preorder, replenishment and rationing terms */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeItem: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                sku: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemChange"];
            };
        };
        responses: {
            /** @description An item, with its preorder, replenishment and rationing terms */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `location_not_found`, `item_group_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `item_group_inactive`, `rationing_on_service_item`, `customer_cap_not_positive`, `customer_cap_invalid` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLocations: {
        parameters: {
            query?: {
                /** @description Part of the code or the name, any case */
                q?: string;
                active?: boolean;
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Locations by code; `nextCursor` pages on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationList"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLocation: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationInput"];
            };
        };
        responses: {
            /** @description A warehouse or store */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `location_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /** @description Part of the code or the name, any case */
                q?: string;
                active?: boolean;
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Customers by code; `nextCursor` pages on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerList"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCustomer: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerInput"];
            };
        };
        responses: {
            /** @description A customer and the defaults their orders inherit */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `fulfillment_policy_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `customer_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFulfillmentPolicies: {
        parameters: {
            query?: {
                /** @description Part of the code or the name, any case */
                q?: string;
                active?: boolean;
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Fulfillment policies by code; `nextCursor` pages on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FulfillmentPolicyList"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFulfillmentPolicy: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FulfillmentPolicyInput"];
            };
        };
        responses: {
            /** @description A named fulfillment policy */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FulfillmentPolicy"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `fulfillment_policy_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `fulfillment_policy_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `sla_steps_out_of_order`, `sla_default_choice_missing`, `sla_default_without_ask`, `sla_choice_not_allowed`, `sla_cancel_not_last` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A warehouse or store */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `location_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeLocation: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationChange"];
            };
        };
        responses: {
            /** @description A warehouse or store */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `location_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A customer and the defaults their orders inherit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `customer_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeCustomer: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerChange"];
            };
        };
        responses: {
            /** @description A customer and the defaults their orders inherit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `customer_not_found`, `fulfillment_policy_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFulfillmentPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A named fulfillment policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FulfillmentPolicy"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `fulfillment_policy_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeFulfillmentPolicy: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FulfillmentPolicyChange"];
            };
        };
        responses: {
            /** @description The policy as changed, and what followed on its open orders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FulfillmentPolicyChanged"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `fulfillment_policy_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `sla_steps_out_of_order`, `sla_default_choice_missing`, `sla_default_without_ask`, `sla_choice_not_allowed`, `sla_cancel_not_last` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listItemGroups: {
        parameters: {
            query?: {
                /** @description Part of the code or the name, any case */
                q?: string;
                active?: boolean;
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Item groups by code; `nextCursor` pages on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemGroupList"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createItemGroup: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemGroupInput"];
            };
        };
        responses: {
            /** @description An item group and the rationing its items inherit */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemGroup"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `item_group_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `customer_cap_not_positive`, `customer_cap_invalid` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An item group and the rationing its items inherit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemGroup"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_group_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeItemGroup: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemGroupChange"];
            };
        };
        responses: {
            /** @description An item group and the rationing its items inherit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemGroup"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_group_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `customer_cap_not_positive`, `customer_cap_invalid` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveStock: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StockReceipt"];
            };
        };
        responses: {
            /** @description Stock and demand of an item: on hand, allocated, available, backordered, per location, and what is expected */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockView"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `location_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `service_item_has_no_stock` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnStock: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StockReceipt"];
            };
        };
        responses: {
            /** @description Stock and demand of an item: on hand, allocated, available, backordered, per location, and what is expected */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockView"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `location_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `service_item_has_no_stock` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adjustStock: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StockAdjustment"];
            };
        };
        responses: {
            /** @description Stock and demand of an item: on hand, allocated, available, backordered, per location, and what is expected */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockView"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `location_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `service_item_has_no_stock`, `adjustment_exceeds_stock` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sku: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stock and demand of an item: on hand, allocated, available, backordered, per location, and what is expected */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockView"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemHistory: {
        parameters: {
            query?: {
                /** @description oldest first (the default) or newest first */
                order?: "oldest" | "newest";
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path: {
                sku: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record log of an item */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemHistory"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /** @description Any of these statuses, comma-separated: backordered, partially_allocated, awaiting_full_allocation, allocated, partially_shipped, shipped, cancelled */
                status?: string;
                customer?: string;
                /** @description Orders with a line of this item */
                sku?: string;
                /** @description The customer’s reference (PO number), exactly */
                reference?: string;
                /** @description References that start with this */
                referencePrefix?: string;
                /** @description Entered on or after this day (UTC) */
                enteredFrom?: string;
                /** @description Entered on or before this day (UTC) */
                enteredTo?: string;
                priority?: number;
                strategy?: components["schemas"]["BackorderStrategy"];
                /** @description true: orders with a line waiting for stock; false: none waiting */
                hasBackorder?: boolean;
                /** @description entry (oldest first, the default) or priority (highest first, then entry) */
                sort?: "entry" | "priority";
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Orders in the order asked for; `nextCursor` pages on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `customer_not_found`, `item_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enterOrder: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderInput"];
            };
        };
        responses: {
            /** @description An order with its status, summary, release block and, per line, what is allocated, released, shipped, backordered and cancelled */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `customer_not_found`, `item_not_found`, `fulfillment_policy_not_found`, `location_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `customer_inactive`, `item_inactive`, `backorder_not_allowed`, `preorder_cap_exceeded` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: {
                /** @description true: each waiting line also says why it waits (`waitingBecause`), as its explanation does */
                explain?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An order with its status, summary, release block and, per line, what is allocated, released, shipped, backordered and cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeOrder: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderChange"];
            };
        };
        responses: {
            /** @description An order with its status, summary, release block and, per line, what is allocated, released, shipped, backordered and cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `order_not_found`, `fulfillment_policy_not_found`, `location_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `strategy_synced` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeOrderLine: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
                lineNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderLineChange"];
            };
        };
        responses: {
            /** @description An order with its status, summary, release block and, per line, what is allocated, released, shipped, backordered and cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `order_not_found`, `line_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `order_closed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `quantity_below_committed`, `backorder_not_allowed`, `preorder_cap_exceeded` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addOrderLine: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderLineInput"];
            };
        };
        responses: {
            /** @description An order with its status, summary, release block and, per line, what is allocated, released, shipped, backordered and cancelled */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `order_not_found`, `item_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `order_closed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `item_inactive`, `backorder_not_allowed`, `preorder_cap_exceeded` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelOrder: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCancellation"];
            };
        };
        responses: {
            /** @description An order with its status, summary, release block and, per line, what is allocated, released, shipped, backordered and cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `order_not_found`, `line_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `order_closed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `duplicate_line`, `cancel_exceeds_open` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    releaseOrder: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReleaseInput"];
            };
        };
        responses: {
            /** @description What a release sent to the warehouse, on which shipments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `order_closed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `nothing_to_release`, `prevent_partial_delivery`, `fulfillment_rate_below_minimum`, `preorder_not_launched`, `max_one_backorder_incomplete`, `max_one_backorder_exhausted`, `deliver_in_full_incomplete`, `no_backorder_single_release` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrderHistory: {
        parameters: {
            query?: {
                /** @description oldest first (the default) or newest first */
                order?: "oldest" | "newest";
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record log of an order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderHistory"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBackorders: {
        parameters: {
            query?: {
                sku?: string;
                customer?: string;
                /** @description Only lines of orders whose own location this is */
                location?: string;
                strategy?: components["schemas"]["BackorderStrategy"];
                minAgeDays?: number;
                /** @description Only lines of orders entered at most this many whole days ago */
                maxAgeDays?: number;
                /** @description true: preorder lines only; false: backorders only */
                preorder?: boolean;
                /** @description true: only lines whose expected ship date is before the business day */
                pastPromiseDate?: boolean;
                /** @description true: only lines the cancellation SLA takes within 7 days (their policy’s days after entry, else the deployment’s), or already would */
                nearCancellation?: boolean;
                /** @description queue (default: priority, then entry), age (longest wait first), priority (highest first), sku, customer (A to Z); a leading - reverses */
                sort?: "queue" | "-queue" | "age" | "-age" | "priority" | "-priority" | "sku" | "-sku" | "customer" | "-customer";
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Waiting lines in queue order (or `sort`); `nextCursor` pages on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackorderList"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `customer_not_found`, `location_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    summariseBackorders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backlog at a glance: waiting lines, units and value, oldest wait, lines late against their dates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BacklogSummary"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    backlogToday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What needs attention today: lines near their cancellation SLA, fills today, preorders by launch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BacklogToday"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    backlogHistory: {
        parameters: {
            query?: {
                /** @description First day (default: 29 days before `to`) */
                from?: string;
                /** @description Last day (default: the business day) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backlog at the end of each day from `from` to `to` (at most 366 days), from the record log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BacklogHistory"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listShipments: {
        parameters: {
            query?: {
                status?: components["schemas"]["ShipmentStatus"];
                customer?: string;
                /** @description Shipments leaving this location */
                location?: string;
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
                /** @description Shipments after this id (the nextAfter of a page); `cursor` is the way every list pages */
                after?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Shipments in id order; `nextCursor` pages on (`nextAfter` too, as `after`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentList"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `customer_not_found`, `location_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getShipment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A shipment: pending, shipped or voided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shipment"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `shipment_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    shipShipment: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ShipInput"];
            };
        };
        responses: {
            /** @description A shipment: pending, shipped or voided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shipment"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `shipment_not_found`, `shipment_line_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `shipment_already_shipped`, `shipment_already_voided` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `duplicate_line`, `ship_exceeds_released` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    voidShipment: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReasonInput"];
            };
        };
        responses: {
            /** @description A shipment: pending, shipped or voided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shipment"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `shipment_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `shipment_already_shipped`, `shipment_already_voided` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getShipmentHistory: {
        parameters: {
            query?: {
                /** @description oldest first (the default) or newest first */
                order?: "oldest" | "newest";
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record log of a shipment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentHistory"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `shipment_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runJob: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                prefer?: string;
                "idempotency-key"?: string;
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                /** @description The job to run */
                name: "primary-backorder-process" | "secondary-backorder-process" | "release-to-warehouse" | "cancel-backorders" | "cancel-for-item-or-customer" | "cancellation-sla" | "sla-ladder" | "preorder-launch" | "replenishment" | "update-crossdock-policies" | "refresh-promise-dates" | "expire-idempotency-keys" | "check-invariants" | "operator-digest";
            };
            cookie?: never;
        };
        /** @description The parameters of the job named in the path: `asOf` and its own */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PrimaryBackorderProcessParameters"] | components["schemas"]["SecondaryBackorderProcessParameters"] | components["schemas"]["ReleaseToWarehouseParameters"] | components["schemas"]["CancelBackordersParameters"] | components["schemas"]["CancelForItemOrCustomerParameters"] | components["schemas"]["CancellationSlaParameters"] | components["schemas"]["SlaLadderParameters"] | components["schemas"]["PreorderLaunchParameters"] | components["schemas"]["ReplenishmentParameters"] | components["schemas"]["UpdateCrossdockPoliciesParameters"] | components["schemas"]["RefreshPromiseDatesParameters"] | components["schemas"]["ExpireIdempotencyKeysParameters"] | components["schemas"]["CheckInvariantsParameters"] | components["schemas"]["OperatorDigestParameters"];
            };
        };
        responses: {
            /** @description How the run went */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobResult"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRun"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `job_not_found`, `item_not_found`, `customer_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `exactly_one_customer_or_item`, `as_of_in_future` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `job_interrupted` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJobRuns: {
        parameters: {
            query?: {
                /** @description Runs of this job */
                job?: string;
                /** @description Any of these statuses, comma-separated: running, completed, failed, interrupted */
                status?: string;
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Job runs, newest first; `nextCursor` pages on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRunList"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `job_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJobRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRun"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `job_run_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    followJobRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream: `run` events, each a JobRun as JSON, then one `end` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `job_run_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The jobs of this deployment and their latest runs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobList"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    splitOrder: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new order holding the backordered remainder */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderSplit"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `nothing_to_split` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    purchaseOrderShortage: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ShortagePurchaseInput"];
            };
        };
        responses: {
            /** @description The purchase orders raised */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShortagePurchases"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `order_not_found`, `location_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `no_supplier`, `nothing_to_source` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transferOrderShortage: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShortageTransferInput"];
            };
        };
        responses: {
            /** @description A transfer order: open, shipped, received or cancelled */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferOrder"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `order_not_found`, `location_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `order_has_no_location`, `same_location`, `nothing_to_source` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPurchaseOrders: {
        parameters: {
            query?: {
                /** @description Any of these statuses, comma-separated: draft, open, partially_received, received, cancelled */
                status?: string;
                /** @description The supplier, exactly */
                supplier?: string;
                /** @description Arriving at this location */
                location?: string;
                /** @description Orders with a line of this item */
                sku?: string;
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Purchase orders, newest first; `nextCursor` pages on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderList"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `location_not_found`, `item_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPurchaseOrder: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseOrderInput"];
            };
        };
        responses: {
            /** @description A purchase order: draft, open, partially_received, received or cancelled */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `location_not_found`, `item_not_found`, `order_not_found`, `line_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `service_item_has_no_stock`, `linked_line_item_mismatch` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A purchase order: draft, open, partially_received, received or cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `purchase_order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receivePurchaseOrder: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PurchaseOrderReceipt"];
            };
        };
        responses: {
            /** @description A purchase order: draft, open, partially_received, received or cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `purchase_order_not_found`, `line_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `transition_not_allowed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `duplicate_line`, `receipt_exceeds_open`, `drop_ship_exceeds_open` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmPurchaseOrder: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A purchase order: draft, open, partially_received, received or cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `purchase_order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `transition_not_allowed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelPurchaseOrder: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReasonInput"];
            };
        };
        responses: {
            /** @description A purchase order: draft, open, partially_received, received or cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `purchase_order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `transition_not_allowed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTransferOrders: {
        parameters: {
            query?: {
                /** @description Any of these statuses, comma-separated: open, shipped, received, cancelled */
                status?: string;
                /** @description Shipped from this location */
                from?: string;
                /** @description Going to this location */
                to?: string;
                /** @description From or to this location */
                location?: string;
                /** @description Orders with a line of this item */
                sku?: string;
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Transfer orders, newest first; `nextCursor` pages on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferOrderList"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `location_not_found`, `item_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTransferOrder: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferOrderInput"];
            };
        };
        responses: {
            /** @description A transfer order: open, shipped, received or cancelled */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferOrder"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `location_not_found`, `item_not_found`, `order_not_found`, `line_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `same_location`, `service_item_has_no_stock`, `linked_line_item_mismatch` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTransferOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A transfer order: open, shipped, received or cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferOrder"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `transfer_order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    shipTransferOrder: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A transfer order: open, shipped, received or cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferOrder"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `transfer_order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `transition_not_allowed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `transfer_exceeds_available` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveTransferOrder: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A transfer order: open, shipped, received or cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferOrder"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `transfer_order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `transition_not_allowed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelTransferOrder: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReasonInput"];
            };
        };
        responses: {
            /** @description A transfer order: open, shipped, received or cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferOrder"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `transfer_order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `transition_not_allowed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupplySchedule: {
        parameters: {
            query?: {
                sku?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The on-hand change schedule from today on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplySchedule"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadSupplySchedule: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupplyScheduleUpload"];
            };
        };
        responses: {
            /** @description The on-hand change schedule from today on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplySchedule"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `location_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `service_item_has_no_stock` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReplenishmentSuggestions: {
        parameters: {
            query?: {
                supplier?: string;
                sku?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What to buy now, per item */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplenishmentSuggestionList"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    explainLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                lineNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Why a line waits, as data and as one plain sentence; or that it does not, and why */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LineExplanation"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `order_not_found`, `line_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setIntercompanyCustomer: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntercompanyCustomerInput"];
            };
        };
        responses: {
            /** @description A customer that is another company of the group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntercompanyCustomer"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `customer_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIntercompanyLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Both sides of an order’s intercompany links: the original it supplies, the orders that supply it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntercompanyLinks"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    linkIntercompanyOrder: {
        parameters: {
            query?: {
                /** @description Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves */
                dryRun?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntercompanyLinkInput"];
            };
        };
        responses: {
            /** @description Both sides of an order’s intercompany links: the original it supplies, the orders that supply it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntercompanyLinks"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `intercompany_already_linked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `customer_not_intercompany`, `intercompany_cycle` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
                /** @description The `next` of a page (instead of `cursor`); neither: from the start */
                after?: string;
                /** @description Comma-separated event types */
                type?: string;
                order?: number;
                customer?: string;
                sku?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Domain events in commit order (gap-free), oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventFeed"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `customer_not_found`, `item_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `unknown_event_type`, `invalid_event_cursor` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStockArrivals: {
        parameters: {
            query?: {
                after?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stock-arrival alerts, oldest first; ask again with `after` = `next` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockArrivalList"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every webhook endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointInput"];
            };
        };
        responses: {
            /** @description An endpoint and its new signing secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `unknown_event_type`, `webhook_url_not_https`, `webhook_url_private_address`, `webhook_url_unresolvable` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endpoint; its secret is shown only when made or rotated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointChange"];
            };
        };
        responses: {
            /** @description An endpoint; its secret is shown only when made or rotated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `unknown_event_type`, `webhook_url_not_https`, `webhook_url_private_address`, `webhook_url_unresolvable` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endpoint and its new signing secret */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                status?: "pending" | "delivered" | "failed";
                /** @description At most this many items (50 by default) */
                limit?: number;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
                /** @description Deliveries before this id (instead of `cursor`) */
                before?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endpoint's deliveries, newest first; `nextCursor` pages on (or `before` = the last id, as before) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description Malformed request: `invalid_cursor` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One event for one endpoint, and (when read alone) its attempts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `webhook_delivery_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One event for one endpoint, and (when read alone) its attempts */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `webhook_delivery_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayWebhookRange: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookReplayRange"];
            };
        };
        responses: {
            /** @description The events of the range the endpoint had been sent, each sent again as a new delivery (same webhook-id) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReplayed"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `webhook_endpoint_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMailTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every kind’s template in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailTemplateList"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMailTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: components["schemas"]["MailKind"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template in force for one kind of mail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailTemplate"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeMailTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                kind: components["schemas"]["MailKind"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MailTemplateInput"];
            };
        };
        responses: {
            /** @description The template in force for one kind of mail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailTemplate"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `unknown_placeholder` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMailMessages: {
        parameters: {
            query?: {
                status?: "pending" | "sent" | "failed";
                kind?: components["schemas"]["MailKind"];
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mails newest first; ask again with `before` = the last id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailMessageList"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importItems: {
        parameters: {
            query?: {
                /** @description Check every row and count what would be created; write nothing */
                dryRun?: boolean;
                /** @description Import the good rows and report the rest (by default one bad row refuses the file) */
                skipInvalid?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description CSV text with a header row */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What an import did (or, with dryRun, would do) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `location_not_found`, `customer_not_found`, `fulfillment_policy_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `import_refused`, `validation_failed`, `service_item_has_no_stock`, `backorder_not_allowed`, `preorder_cap_exceeded` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importLocations: {
        parameters: {
            query?: {
                /** @description Check every row and count what would be created; write nothing */
                dryRun?: boolean;
                /** @description Import the good rows and report the rest (by default one bad row refuses the file) */
                skipInvalid?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description CSV text with a header row */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What an import did (or, with dryRun, would do) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `location_not_found`, `customer_not_found`, `fulfillment_policy_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `import_refused`, `validation_failed`, `service_item_has_no_stock`, `backorder_not_allowed`, `preorder_cap_exceeded` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importCustomers: {
        parameters: {
            query?: {
                /** @description Check every row and count what would be created; write nothing */
                dryRun?: boolean;
                /** @description Import the good rows and report the rest (by default one bad row refuses the file) */
                skipInvalid?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description CSV text with a header row */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What an import did (or, with dryRun, would do) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `location_not_found`, `customer_not_found`, `fulfillment_policy_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `import_refused`, `validation_failed`, `service_item_has_no_stock`, `backorder_not_allowed`, `preorder_cap_exceeded` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPolicies: {
        parameters: {
            query?: {
                /** @description Check every row and count what would be created; write nothing */
                dryRun?: boolean;
                /** @description Import the good rows and report the rest (by default one bad row refuses the file) */
                skipInvalid?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description CSV text with a header row */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What an import did (or, with dryRun, would do) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `location_not_found`, `customer_not_found`, `fulfillment_policy_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `import_refused`, `validation_failed`, `service_item_has_no_stock`, `backorder_not_allowed`, `preorder_cap_exceeded` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importOpeningStock: {
        parameters: {
            query?: {
                /** @description Check every row and count what would be created; write nothing */
                dryRun?: boolean;
                /** @description Import the good rows and report the rest (by default one bad row refuses the file) */
                skipInvalid?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description CSV text with a header row */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What an import did (or, with dryRun, would do) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `location_not_found`, `customer_not_found`, `fulfillment_policy_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `import_refused`, `validation_failed`, `service_item_has_no_stock`, `backorder_not_allowed`, `preorder_cap_exceeded` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importSupplySchedule: {
        parameters: {
            query?: {
                /** @description Check every row and count what would be created; write nothing */
                dryRun?: boolean;
                /** @description Import the good rows and report the rest (by default one bad row refuses the file) */
                skipInvalid?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description CSV text with a header row */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What an import did (or, with dryRun, would do) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `location_not_found`, `customer_not_found`, `fulfillment_policy_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `import_refused`, `validation_failed`, `service_item_has_no_stock`, `backorder_not_allowed`, `preorder_cap_exceeded` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importOrders: {
        parameters: {
            query?: {
                /** @description Check every row and count what would be created; write nothing */
                dryRun?: boolean;
                /** @description Import the good rows and report the rest (by default one bad row refuses the file) */
                skipInvalid?: boolean;
            };
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description CSV text with a header row */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What an import did (or, with dryRun, would do) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `location_not_found`, `customer_not_found`, `fulfillment_policy_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `import_refused`, `validation_failed`, `service_item_has_no_stock`, `backorder_not_allowed`, `preorder_cap_exceeded` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportBackorders: {
        parameters: {
            query?: {
                sku?: string;
                customer?: string;
                minAgeDays?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `customer_not_found`, `order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportStock: {
        parameters: {
            query?: {
                sku?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `customer_not_found`, `order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportOrders: {
        parameters: {
            query?: {
                sku?: string;
                customer?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `customer_not_found`, `order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportOrderHistory: {
        parameters: {
            query: {
                orderId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `customer_not_found`, `order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportItemHistory: {
        parameters: {
            query: {
                sku: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row, streamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `item_not_found`, `customer_not_found`, `order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployment settings in force in every API process */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentSettings"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsChange"];
            };
        };
        responses: {
            /** @description The deployment settings in force in every API process */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentSettings"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `invalid_cron_pattern`, `unknown_job`, `job_not_schedulable`, `schedule_without_pattern` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestCustomerChoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A choice link made for the waiting lines of an order */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChoiceRequest"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: `forbidden`, `csrf_token_invalid` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `order_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request too large: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `nothing_waiting` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChoiceLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What a choice link shows: the order’s waiting lines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChoicePage"];
                };
            };
            /** @description Not found: `choice_link_invalid` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `choice_link_used`, `choice_link_expired` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    chooseByLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403) */
                "X-Actor"?: components["parameters"]["Actor"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChoiceInput"];
            };
        };
        responses: {
            /** @description The choices applied */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChoiceMade"];
                };
            };
            /** @description Malformed request: `malformed_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `choice_link_invalid`, `line_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `choice_link_used`, `choice_link_expired`, `line_not_waiting` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid request: `validation_failed`, `duplicate_line` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        database: string;
                        fillMode: string;
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                        database: string;
                        /** @enum {string} */
                        migrations: "current";
                    };
                };
            };
            /** @description Service unavailable: `migrations_pending`, `database_unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
