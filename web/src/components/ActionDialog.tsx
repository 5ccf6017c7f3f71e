import { useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog.js';
import { DryRunPreview, type Preview } from './DryRunPreview.js';
import { ProblemNotice } from './ProblemNotice.js';

/**
 * A command behind a confirmation that says what will happen: the words given, and, when the route
 * can be previewed (`?dryRun=true`), the lines and stock it would change, asked again whenever
 * `previewKey` (what the person entered) changes. A refusal is shown in the dialog, which stays open.
 */
export function ActionDialog<T>({
  title,
  confirmLabel,
  children,
  run,
  preview,
  previewKey = '',
  onDone,
  onClose,
}: {
  title: string;
  confirmLabel: string;
  /** What the dialog says and asks; a function gets the refusal (of the command, or of its preview), to show a field's problem next to it. */
  children: ReactNode | ((error: unknown) => ReactNode);
  run: () => Promise<T>;
  preview?: () => Promise<unknown>;
  previewKey?: string;
  onDone: (answer: T) => Promise<unknown> | void;
  onClose: () => void;
}) {
  const previewed = useQuery({
    queryKey: ['preview', title, previewKey],
    queryFn: async () => (await preview!()) as Preview,
    enabled: preview !== undefined,
    retry: false,
    gcTime: 0,
  });
  const command = useMutation({ mutationFn: run, onSuccess: async (answer) => onDone(answer) });
  return (
    <ConfirmDialog title={title} confirmLabel={confirmLabel} busy={command.isPending} onConfirm={() => command.mutate()} onClose={onClose}>
      {typeof children === 'function' ? children(command.error ?? previewed.error) : children}
      {preview && (
        <div className="preview-box" aria-live="polite">
          <h3>What would change</h3>
          {previewed.isPending && <p className="muted">Working it out…</p>}
          {previewed.data && <DryRunPreview preview={previewed.data} />}
          {previewed.error && !command.error && <ProblemNotice error={previewed.error} />}
        </div>
      )}
      <ProblemNotice error={command.error} />
    </ConfirmDialog>
  );
}
