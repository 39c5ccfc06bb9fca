import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Label, TextArea, TextField } from 'react-aria-components';
import { ApiError, call, client } from '../api/client';
import { usePanelFocus } from '../components';

const KINDS = ['BREAKDOWN', 'DRIVER_ABSENT'] as const;

/**
 * A vehicle that cannot go on (it broke down, or its driver did not come), said from the route's
 * card on the board (issue 18: the breakdown existed only as an API call): the dispatcher says
 * what happened and confirms; every ride not yet picked up goes back to dispatch and the board's
 * alert lists those still waiting. Escape or Back closes it, focus back on the opener.
 */
export function BreakdownPanel(props: {
  shiftId: string;
  plate: string;
  onClose: (announcement?: string) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('BREAKDOWN');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = `breakdown-${props.shiftId}`;

  const onKeyDown = usePanelFocus(`${id}-kind`, busy, () => props.onClose());

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await call(
        client.POST('/dispatch/shifts/{id}/breakdown', {
          params: { path: { id: props.shiftId } },
          body: { kind, ...(note.trim() ? { note: note.trim() } : {}) },
        }),
      );
      props.onClose(t('board.breakdownDone', { plate: props.plate, n: r.returnedToDispatch.length }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : (e as Error).message);
      setBusy(false);
    }
  };

  return (
    <div
      className="breakdown-panel notice notice-warning"
      role="group"
      aria-labelledby={`${id}-title`}
      data-testid="breakdown-panel"
      onKeyDown={onKeyDown}
    >
      <h4 id={`${id}-title`} className="h3">
        {t('board.breakdownTitle', { plate: props.plate })}
      </h4>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('board.breakdownKind')}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`board.breakdownKind${k}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField className="field" value={note} onChange={setNote} maxLength={500}>
        <Label>{t('board.breakdownNote')}</Label>
        <TextArea rows={2} />
      </TextField>
      <p className="small">{t('board.breakdownHint')}</p>
      <div className="button-row">
        <Button className="btn btn-danger" isDisabled={busy} onPress={() => void confirm()}>
          {t('board.breakdownConfirm')}
        </Button>
        <Button className="btn" isDisabled={busy} onPress={() => props.onClose()}>
          {t('common.back')}
        </Button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Back in service (issue 18): a breakdown said by mistake, or mended at once, is undone within
 * 15 minutes from the route's card. The answer says honestly what came back: rides back on the
 * vehicle, rides that stay with the vehicles they went to, rides that still wait. A refusal
 * (too late, already undone) is said under the button in the API's words.
 */
export function UndoBreakdown(props: {
  shiftId: string;
  plate: string;
  onDone: (announcement: string) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const undo = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await call(
        client.POST('/dispatch/shifts/{id}/breakdown/undo', { params: { path: { id: props.shiftId } } }),
      );
      props.onDone(
        [
          t('board.breakdownUndone', { plate: props.plate }),
          t('board.breakdownUndoBack', { n: r.backOnVehicle.length }),
          ...(r.withOtherVehicles.length
            ? [t('board.breakdownUndoElsewhere', { n: r.withOtherVehicles.length })]
            : []),
          ...(r.stillWaiting.length ? [t('board.breakdownUndoWaiting', { n: r.stillWaiting.length })] : []),
        ].join(' '),
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const errorId = `undo-breakdown-${props.shiftId}-error`;
  return (
    <div className="undo-breakdown">
      <Button
        className="btn btn-small"
        isDisabled={busy}
        onPress={() => void undo()}
        aria-label={t('board.breakdownUndoFor', { plate: props.plate })}
        aria-describedby={error ? errorId : undefined}
      >
        {t('board.breakdownUndo')}
      </Button>
      {error && (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
