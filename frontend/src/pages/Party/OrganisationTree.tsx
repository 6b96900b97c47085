import { ExclamationCircleFilled } from '@ant-design/icons';
import { Tag, Tooltip, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import { useI18n } from '../../i18n';
import { usePartyLabels } from './labels';
import type { PartyOrganisationSummary } from './PartyPage';

interface OrganisationTreeProps {
  /** In tree order: each after its parent. */
  organisations: PartyOrganisationSummary[];
  selectedId: string | undefined;
  onSelect: (organisationId: string) => void;
}

/** Nests the flat list; an organisation whose parent is out of reach is a root. */
function buildTree(organisations: PartyOrganisationSummary[], title: (o: PartyOrganisationSummary) => DataNode['title']): DataNode[] {
  const nodes = new Map<string, DataNode & { children: DataNode[] }>();
  const roots: DataNode[] = [];
  for (const organisation of organisations) {
    const node = { key: organisation.id, title: title(organisation), children: [] };
    nodes.set(organisation.id, node);
    const parent = organisation.parentId ? nodes.get(organisation.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  for (const node of nodes.values()) node.isLeaf = node.children.length === 0;
  return roots;
}

/** The party organisations: kind, name, member count, and a mark where a rule is broken. */
export function OrganisationTree({ organisations, selectedId, onSelect }: OrganisationTreeProps) {
  const { t } = useI18n();
  const labels = usePartyLabels();

  const treeData = useMemo(
    () =>
      buildTree(organisations, (o) => (
        <span data-testid="party-tree-node">
          <Tag bordered={false} color="red" style={{ marginInlineEnd: 4 }}>
            {labels.organisationKind(o.kind)}
          </Tag>
          <span>{o.name}</span>{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('party.tree.members', { count: o.memberCount })}
          </Typography.Text>
          {o.warnings.length > 0 && (
            <Tooltip title={o.warnings.map((w) => labels.ruleCode(w.code)).join(t('party.tree.warningSeparator'))}>
              <ExclamationCircleFilled
                style={{ color: '#faad14', marginInlineStart: 6 }}
                aria-label={t('party.tree.warnings')}
                data-testid="party-tree-warning"
              />
            </Tooltip>
          )}
        </span>
      )),
    [organisations, labels, t],
  );
  const allKeys = useMemo(() => organisations.map((o) => o.id), [organisations]);

  return (
    <Tree
      data-testid="party-tree"
      showLine
      blockNode
      defaultExpandedKeys={allKeys}
      treeData={treeData}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(_keys, info) => onSelect(String(info.node.key))}
    />
  );
}
