export const BODY_KINDS = ['board', 'forum', 'workingGroup', 'steeringGroup', 'districtForum'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  board: 'Bestyrelse',
  forum: 'Boligsocialt forum',
  workingGroup: 'Arbejdsgruppe',
  steeringGroup: 'Styregruppe',
  districtForum: 'Bydelsforum',
};
