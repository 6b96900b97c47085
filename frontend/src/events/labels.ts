import { useMemo } from 'react';
import type {
  DisputeOutcome,
  DisputePartyKind,
  DisputeScale,
  EventAction,
  EventFamily,
  EventLinkKind,
  EventPhase,
  EventSource,
  EventStatus,
  ExtensionStatus,
  MediationMethod,
  RiskColour,
  Satisfaction,
  SupervisionCard,
  SupervisionKind,
  Urgency,
  WarningColour,
} from '../gql/graphql';
import { useI18n } from '../i18n';

/** Localised names of the events' enums. */
export function useEventLabels() {
  const { t } = useI18n();
  return useMemo(
    () => ({
      urgency: (v: Urgency) => t(`events.urgency.${v}`),
      source: (v: EventSource) => t(`events.source.${v}`),
      status: (v: EventStatus) => t(`events.status.${v}`),
      phase: (v: EventPhase) => t(`events.phase.${v}`),
      family: (v: EventFamily) => t(`events.family.${v}`),
      action: (v: EventAction) => t(`events.action.${v}`),
      satisfaction: (v: Satisfaction) => t(`events.satisfaction.${v}`),
      card: (v: SupervisionCard) => t(`events.card.${v}`),
      supervisionKind: (v: SupervisionKind) => t(`events.supervisionKind.${v}`),
      /** A person's order says what they wrote; the scheduler's is worded here, not by the server. */
      supervisionMessage: (o: { kind: SupervisionKind; message: string }) =>
        o.kind === 'AUTOMATIC' ? t('events.supervision.automaticMessage') : o.message,
      scale: (v: DisputeScale) => t(`events.scale.${v}`),
      risk: (v: RiskColour) => t(`events.risk.${v}`),
      outcome: (v: DisputeOutcome) => t(`events.outcome.${v}`),
      method: (v: MediationMethod) => t(`events.method.${v}`),
      linkKind: (v: EventLinkKind) => t(`events.linkKind.${v}`),
      extensionStatus: (v: ExtensionStatus) => t(`events.extensionStatus.${v}`),
      partyKind: (v: DisputePartyKind) => t(`events.partyKind.${v}`),
    }),
    [t],
  );
}

export const URGENCIES: readonly Urgency[] = ['ROUTINE', 'URGENT', 'EMERGENCY'];
export const SOURCES: readonly EventSource[] = ['PATROL', 'RESIDENT', 'HOTLINE', 'VIDEO', 'DEPARTMENT', 'SUPERVISION'];
export const STATUSES: readonly EventStatus[] = [
  'REPORTED',
  'ACCEPTED',
  'DISPATCHED',
  'HANDLING',
  'DONE',
  'CLOSED',
  'REVISITED',
  'ARCHIVED',
  'REJECTED',
  'MERGED',
];
export const WARNING_COLOURS: readonly WarningColour[] = ['RED', 'ORANGE', 'YELLOW', 'GREEN'];
export const RISKS: readonly RiskColour[] = ['RED', 'ORANGE', 'YELLOW'];
export const SATISFACTIONS: readonly Satisfaction[] = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'];
export const CARDS: readonly SupervisionCard[] = ['NORMAL', 'YELLOW', 'RED'];
export const SCALES: readonly DisputeScale[] = ['INDIVIDUAL', 'GROUP', 'MAJOR_GROUP'];
export const OUTCOMES: readonly DisputeOutcome[] = ['RESOLVED', 'FAILED', 'SENT_TO_COURT'];
export const METHODS: readonly MediationMethod[] = ['PEOPLE', 'ADMINISTRATIVE', 'JUDICIAL'];
export const PARTY_KINDS: readonly DisputePartyKind[] = ['PERSON', 'ORGANISATION'];

/** Tag colours, so the same value reads the same everywhere. */
export const STATUS_COLOUR: Record<EventStatus, string> = {
  REPORTED: 'blue',
  ACCEPTED: 'geekblue',
  DISPATCHED: 'purple',
  HANDLING: 'cyan',
  DONE: 'lime',
  CLOSED: 'green',
  REVISITED: 'green',
  ARCHIVED: 'default',
  REJECTED: 'default',
  MERGED: 'default',
};
export const URGENCY_COLOUR: Record<Urgency, string> = { ROUTINE: 'default', URGENT: 'orange', EMERGENCY: 'red' };
export const CARD_COLOUR: Record<SupervisionCard, string> = { NORMAL: 'blue', YELLOW: 'gold', RED: 'red' };
export const OUTCOME_COLOUR: Record<DisputeOutcome, string> = { RESOLVED: 'green', FAILED: 'red', SENT_TO_COURT: 'purple' };
export const EXTENSION_COLOUR: Record<ExtensionStatus, string> = { PENDING: 'gold', APPROVED: 'green', REFUSED: 'red' };
