/** A flat list ordered parents first, as an antd tree (TreeSelect `treeData`). */
export interface TreeOption {
  value: string;
  title: string;
  /** What the search box matches: name and code. */
  searchText: string;
  selectable?: boolean;
  disabled?: boolean;
  children?: TreeOption[];
}

interface FlatNode {
  id: string;
  parentId?: string | null;
  code: string;
  name: string;
}

/**
 * Nests a parents-first flat list by `parentId` (a parent not in the list makes a root).
 * With `leavesOnly`, only nodes without children can be picked.
 */
export function buildTree<T extends FlatNode>(
  items: readonly T[],
  options: { leavesOnly?: boolean; disabled?: (item: T) => boolean } = {},
): TreeOption[] {
  const nodes = new Map<string, TreeOption>();
  const roots: TreeOption[] = [];
  for (const item of items) {
    nodes.set(item.id, {
      value: item.id,
      title: item.name,
      searchText: `${item.name} ${item.code}`,
      disabled: options.disabled?.(item),
    });
  }
  for (const item of items) {
    const node = nodes.get(item.id)!;
    const parent = item.parentId ? nodes.get(item.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  if (options.leavesOnly) nodes.forEach((node) => (node.selectable = !node.children));
  return roots;
}
