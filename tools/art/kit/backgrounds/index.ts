import { agencyOffice } from './agency-office';
import { airport } from './airport';
import { backroom } from './backroom';
import { bankCounter } from './bank-counter';
import { busTerminal } from './bus-terminal';
import { cityStreetAbroad } from './city-street-abroad';
import { disnakerOffice } from './disnaker-office';
import { dormitory } from './dormitory';
import { factoryAbroad } from './factory-abroad';
import { houseInterior } from './house-interior';
import { ltsaHall } from './ltsa-hall';
import { nightSky } from './night-sky';
import { phoneScreen } from './phone-screen';
import type { BackgroundDef } from './types';
import { videoCall } from './video-call';
import { villageHouse } from './village-house';
import { villageOffice } from './village-office';
import { villageRoad } from './village-road';
import { warung } from './warung';

export const BACKGROUNDS: readonly BackgroundDef[] = [
  villageHouse,
  houseInterior,
  villageRoad,
  warung,
  villageOffice,
  disnakerOffice,
  ltsaHall,
  agencyOffice,
  backroom,
  busTerminal,
  airport,
  factoryAbroad,
  dormitory,
  cityStreetAbroad,
  phoneScreen,
  videoCall,
  bankCounter,
  nightSky,
];

export const BACKGROUND_IDS: readonly string[] = BACKGROUNDS.map((b) => b.id);

export function backgroundDef(id: string): BackgroundDef {
  const b = BACKGROUNDS.find((x) => x.id === id);
  if (!b) throw new Error(`Unknown background "${id}". Valid backgrounds: ${BACKGROUND_IDS.join(', ')}.`);
  return b;
}
