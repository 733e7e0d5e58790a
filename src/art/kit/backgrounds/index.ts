import { agencyOffice } from './agency-office';
import { airport } from './airport';
import { backroom } from './backroom';
import { bankCounter } from './bank-counter';
import { boatCabin } from './boat-cabin';
import { boatDeck } from './boat-deck';
import { busTerminal } from './bus-terminal';
import { cityStreetAbroad } from './city-street-abroad';
import { classroom } from './classroom';
import { disnakerOffice } from './disnaker-office';
import { dormitory } from './dormitory';
import { embassyCounter } from './embassy-counter';
import { factoryAbroad } from './factory-abroad';
import { ferryTerminal } from './ferry-terminal';
import { harbour } from './harbour';
import { houseInterior } from './house-interior';
import { ltsaHall } from './ltsa-hall';
import { nightSky } from './night-sky';
import { openSea } from './open-sea';
import { phoneScreen } from './phone-screen';
import { plantation } from './plantation';
import { scamOffice } from './scam-office';
import { videoCall } from './video-call';
import { villageHouse } from './village-house';
import { villageOffice } from './village-office';
import { villageRoad } from './village-road';
import { warung } from './warung';
import type { BackgroundDef } from './types';

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
  harbour,
  boatDeck,
  boatCabin,
  openSea,
  embassyCounter,
  classroom,
  scamOffice,
  ferryTerminal,
  plantation,
];

export const BACKGROUND_IDS: readonly string[] = BACKGROUNDS.map((b) => b.id);

export function backgroundDef(id: string): BackgroundDef {
  const b = BACKGROUNDS.find((x) => x.id === id);
  if (!b) throw new Error(`Unknown background "${id}". Valid backgrounds: ${BACKGROUND_IDS.join(', ')}.`);
  return b;
}
