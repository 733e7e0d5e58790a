import { contract, envelope, idCard, money, notebook, passport, stamp } from './documents';
import { bench, chair, computerDesk, counter, desk, lowTable, noticeBoardStand, plasticChair } from './furniture';
import { bag, cupOfTea, fishCrate, lifeJacket, motorcycle, phone, suitcase } from './objects';
import type { PropDef } from './types';

export const PROPS: readonly PropDef[] = [
  passport,
  contract,
  money,
  envelope,
  phone,
  suitcase,
  bag,
  idCard,
  stamp,
  cupOfTea,
  motorcycle,
  desk,
  counter,
  lowTable,
  bench,
  chair,
  plasticChair,
  notebook,
  noticeBoardStand,
  computerDesk,
  fishCrate,
  lifeJacket,
];

export const PROP_IDS: readonly string[] = PROPS.map((p) => p.id);

export function prop(id: string): PropDef {
  const p = PROPS.find((x) => x.id === id);
  if (!p) throw new Error(`Unknown prop "${id}". Valid props: ${PROP_IDS.join(', ')}.`);
  return p;
}
