import { Tag } from 'antd';
import { useCallback } from 'react';
import type { RiskColour, WarningColour } from '../gql/graphql';
import { useI18n } from '../i18n';

/** antd Tag colours of the traffic-light warnings (and of the dispute risk colours). */
const TAG_COLOUR: Record<WarningColour, string> = { GREEN: 'green', YELLOW: 'gold', ORANGE: 'orange', RED: 'red' };

export interface WarningLook {
  /** The antd `Tag` colour. */
  colour: string;
  label: string;
}

/**
 * The one mapping of an event's warning colour (绿/黄/橙/红灯) to its tag colour and label;
 * no colour (a closed event) reads as a plain dash.
 */
export function useWarningColour(): (colour: WarningColour | null | undefined) => WarningLook {
  const { t } = useI18n();
  return useCallback(
    (colour: WarningColour | null | undefined) =>
      colour ? { colour: TAG_COLOUR[colour], label: t(`events.colour.${colour}`) } : { colour: 'default', label: t('events.colour.none') },
    [t],
  );
}

/** An event's warning colour as a chip. */
export function WarningChip({ colour }: { colour: WarningColour | null | undefined }) {
  const look = useWarningColour()(colour);
  if (!colour) return <span data-testid="warning-chip">{look.label}</span>;
  return (
    <Tag color={look.colour} data-testid="warning-chip" data-colour={colour} style={{ marginInlineEnd: 0 }}>
      {look.label}
    </Tag>
  );
}

/** A dispute's risk colour (黄/橙/红) as a chip, in the same colours as the warnings. */
export function RiskChip({ risk }: { risk: RiskColour | null | undefined }) {
  const { t } = useI18n();
  if (!risk) return <span>{t('common.none')}</span>;
  return (
    <Tag color={TAG_COLOUR[risk]} data-testid="risk-chip" data-risk={risk} style={{ marginInlineEnd: 0 }}>
      {t(`events.risk.${risk}`)}
    </Tag>
  );
}
