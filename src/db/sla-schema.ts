import type { ColumnType, Generated } from 'kysely';

/** The SLA ladder's and the customer's choice tables (migration 0020). */
export interface SlaTables {
  sla_steps_taken: SlaStepTakenTable;
  choice_links: ChoiceLinkTable;
  customer_choices: CustomerChoiceTable;
}

export interface SlaStepTakenTable {
  line_id: number;
  step: string;
  order_id: number;
  taken_at: Date;
}

export interface ChoiceLinkTable {
  id: Generated<number>;
  token_hash: string;
  order_id: number;
  /** The ladder step that asked (null: an operator asked). */
  step: string | null;
  created_at: Date;
  expires_at: Date;
  used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface CustomerChoiceTable {
  line_id: number;
  order_id: number;
  choice: string;
  decided_by: string;
  link_id: number | null;
  made_at: Date;
}
