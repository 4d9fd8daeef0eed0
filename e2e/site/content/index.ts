import { lornTalks } from './event-1-lorn-talks';
import { brannockFlood } from './event-2-brannock-flood';
import { saltmereTransit } from './event-3-saltmere-transit';
import { dravikPlantFire } from './event-4-dravik-plant-fire';
import { saltmereWarehouseFire } from './event-5-saltmere-warehouse-fire';
import { tessalyWarehouseFire } from './event-6-tessaly-warehouse-fire';
import { saltmereWarehouseCharges } from './event-7-saltmere-warehouse-charges';
import { specialStories } from './specials';
import type { EventContent, Story } from './types';

/** The events in manifest order; event 1 is the headline case. */
export const eventContents: EventContent[] = [
  lornTalks,
  brannockFlood,
  saltmereTransit,
  dravikPlantFire,
  saltmereWarehouseFire,
  tessalyWarehouseFire,
  saltmereWarehouseCharges,
];

export { specialStories };

/** Every article page: event by event, then the special pages. */
export const allStories: Story[] = [...eventContents.flatMap((e) => e.stories), ...specialStories];
