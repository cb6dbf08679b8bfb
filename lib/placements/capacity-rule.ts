// The capacity rule, pure: may this actor put one more child in a place that has `occupied` of
// `capacity` beds taken? Within capacity anyone allowed to place may; beyond it only a holder of
// placement:override (the centre supervisor) and only with a reason, which is then audited.
export type CapacityDecision =
  | { kind: "allowed" }
  | { kind: "overridden"; reason: string }
  | { kind: "needsOverrideReason" }
  | { kind: "refused" };

export function decideCapacity(input: {
  occupied: number;
  capacity: number;
  canOverride: boolean;
  overrideReason: string | null | undefined;
}): CapacityDecision {
  if (input.occupied < input.capacity) return { kind: "allowed" };
  if (!input.canOverride) return { kind: "refused" };
  const reason = input.overrideReason?.trim();
  return reason ? { kind: "overridden", reason } : { kind: "needsOverrideReason" };
}

/**
 * Who may transfer a child between centres: the supervisor of the sending centre only (holder of
 * placement:manage and case:assign, since a transfer moves the case to another caseload and
 * clears its assignment). Social workers admit and discharge within capacity for the cases they
 * may edit; transfers and capacity overrides are supervisor-only.
 */
export function mayTransfer(permissions: { manage: boolean; assign: boolean }): boolean {
  return permissions.manage && permissions.assign;
}
