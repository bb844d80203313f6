import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { networkParent, planParent } from '../plan-rows/parents';
import { type PlanRowResource, pick, scopeViaParent, scopeViaPlan } from '../plan-rows/plan-rows';
import { planRowRoutes } from '../plan-rows/plan-rows.routes';
import {
  networkActivityBody,
  networkActivityOut,
  networkBody,
  networkGroupBody,
  networkGroupOut,
  networkOut,
  updateNetworkActivityBody,
  updateNetworkBody,
  updateNetworkGroupBody,
} from './networks.schema';

/** Residents' networks such as Køge Kvindenetværk, with their groups and what they have held. */
export const networksResource: PlanRowResource = {
  path: 'networks',
  tag: 'Netværk',
  noun: { indefinite: 'et netværk', plural: 'netværk' },
  table: t.networks,
  parents: [{ kind: planParent }],
  notFound: 'NETWORK_NOT_FOUND',
  scope: scopeViaPlan('networks'),
  create: networkBody,
  update: updateNetworkBody,
  output: networkOut,
  toOutput: pick(networkOut),
};

export const networkGroupsResource: PlanRowResource = {
  path: 'network-groups',
  tag: 'Netværk',
  noun: { indefinite: 'en netværksgruppe', plural: 'grupper' },
  table: t.networkGroups,
  parents: [{ kind: networkParent, segment: 'groups' }],
  notFound: 'NETWORK_GROUP_NOT_FOUND',
  scope: scopeViaParent('network_groups', 'network_id', 'networks'),
  create: networkGroupBody,
  update: updateNetworkGroupBody,
  output: networkGroupOut,
  toOutput: pick(networkGroupOut),
};

export const networkActivitiesResource: PlanRowResource = {
  path: 'network-activities',
  tag: 'Netværk',
  noun: { indefinite: 'en netværksaktivitet', plural: 'aktiviteter' },
  table: t.networkActivities,
  parents: [{ kind: networkParent, segment: 'activities' }],
  notFound: 'NETWORK_ACTIVITY_NOT_FOUND',
  scope: scopeViaParent('network_activities', 'network_id', 'networks'),
  create: networkActivityBody,
  update: updateNetworkActivityBody,
  output: networkActivityOut,
  toOutput: pick(networkActivityOut),
  /** The group that held it must be one of the same network's groups. */
  async check(tx, _scope, v) {
    if (typeof v.groupId !== 'string') return;
    const [group] = await tx
      .select({ id: t.networkGroups.id })
      .from(t.networkGroups)
      .where(and(eq(t.networkGroups.id, v.groupId), eq(t.networkGroups.networkId, String(v.networkId))));
    if (!group) {
      throw new AppError('NETWORK_GROUP_NOT_IN_NETWORK', {}, [
        { field: 'groupId', message: 'Gruppen hører ikke til netværket' },
      ]);
    }
  },
};

export const networksRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(planRowRoutes(db, networksResource));
    await app.register(planRowRoutes(db, networkGroupsResource));
    await app.register(planRowRoutes(db, networkActivitiesResource));
  };
