import { App, Button, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useErrorMessage, useI18n } from '../../i18n';
import { useFormUserErrors, type FieldUserError } from './useFormUserErrors';

interface MutationFormModalProps<TValues> {
  open: boolean;
  title: ReactNode;
  width?: number;
  initialValues?: Partial<TValues>;
  /** Sends the mutation and answers its payload's `userErrors` (none: it was written). */
  submit: (values: TValues) => Promise<readonly FieldUserError[]>;
  /** Said when the write went through. */
  successMessage: string;
  /** After a write (the modal has closed). */
  onDone: () => void;
  onClose: () => void;
  /**
   * A failed send (a thrown error, not `userErrors`): return true when it was dealt with
   * (e.g. a stale version: say so and reload), then the modal closes; else its message shows.
   */
  onError?: (cause: unknown) => boolean;
  formTestId?: string;
  submitTestId?: string;
  children: ReactNode;
}

/**
 * A modal form that writes one mutation: the server's `userErrors` show by their fields (the
 * rest as a message) and the modal stays open; after a write it closes and calls `onDone`.
 */
export function MutationFormModal<TValues>(props: MutationFormModalProps<TValues>) {
  const { open, title, width, initialValues, submit, successMessage, onDone, onClose, onError, formTestId, submitTestId, children } =
    props;
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const showUserErrors = useFormUserErrors();
  const [form] = Form.useForm<TValues>();
  const [busy, setBusy] = useState(false);

  const finish = async (values: TValues) => {
    setBusy(true);
    try {
      const userErrors = await submit(values);
      if (userErrors.length > 0) {
        const unplaced = showUserErrors(form, userErrors);
        if (unplaced) void message.error(unplaced);
        return;
      }
      void message.success(successMessage);
      onClose();
      onDone();
    } catch (cause) {
      if (onError?.(cause)) {
        onClose();
        return;
      }
      void message.error(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      width={width}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={busy} onClick={() => form.submit()} data-testid={submitTestId}>
          {t('common.save')}
        </Button>,
      ]}
    >
      <Form<TValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void finish(values)}
        preserve={false}
        data-testid={formTestId}
      >
        {children}
      </Form>
    </Modal>
  );
}
