import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { AccessRule } from '../auth/access';
import { actorOf } from '../auth/auth.plugin';
import { planFromParam, planIdOf, planOfRow } from '../auth/resources';
import { page, problemSchema, slugOrIdParam, uuidParam } from '../http/common.schema';
import { writeErrors } from '../plan-rows/plan-rows.routes';
import { exportFileResponse, exportQuery, sendTable } from '../tabular/send-table';
import { UPLOAD_BODY_LIMIT, uploadBody } from '../tabular/uploads';
import { createSession } from './create-session';
import { deleteSession } from './delete-session';
import { attendanceSheet, sessionsSheet } from './export-registrations';
import { getSession } from './get-session';
import { attendanceImportQuery, attendanceImportResult, importAttendance } from './import-attendance';
import { listRegulars } from './list-regulars';
import { listSessions } from './list-sessions';
import { loadActivityContext } from './session-context';
import {
  listActivitySessionsQuery,
  listPlanSessionsQuery,
  regularsOut,
  regularsQuery,
  sessionBody,
  sessionListItem,
  sessionOut,
  updateSessionBody,
} from './sessions.schema';
import { updateSession } from './update-session';

const TAG = 'Registreringer';
const readErrors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

/**
 * Sessions of activities with attendance, staff and volunteer hours (decision 013). Lists carry
 * counts only (plan:read); a session's attendance names participants' codes (personalData:read).
 */
export const registrationsRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    const onActivity = (
      permission: 'plan:read' | 'personalData:read' | 'personalData:write',
    ): AccessRule => ({
      permission,
      resource: planOfRow('activities'),
      notFound: 'ACTIVITY_NOT_FOUND',
    });
    const onSession = (permission: 'personalData:read' | 'personalData:write'): AccessRule => ({
      permission,
      resource: planOfRow('activity_sessions'),
      notFound: 'SESSION_NOT_FOUND',
    });
    const onPlan = (permission: 'plan:read' | 'personalData:read' | 'personalData:write'): AccessRule => ({
      permission,
      resource: planFromParam(),
    });

    app.post(
      '/activities/:id/sessions',
      {
        config: { access: onActivity('personalData:write') },
        schema: {
          tags: [TAG],
          summary:
            'Registrér en aktivitetsgang for en hel gruppe: fremmøde, nye deltagere, antal, frivillige',
          params: uuidParam,
          body: sessionBody,
          response: { 201: sessionOut, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createSession(db, actorOf(request), { activityId: request.params.id, body: request.body }),
          ),
    );
    app.get(
      '/activities/:id/sessions',
      {
        config: { access: onActivity('plan:read') },
        schema: {
          tags: [TAG],
          summary: 'Indsatsens aktivitetsgange med antal (uden deltagerkoder)',
          params: uuidParam,
          querystring: listActivitySessionsQuery,
          response: { 200: page(sessionListItem), ...readErrors },
        },
      },
      async (request) => {
        const context = await loadActivityContext(db, request.params.id);
        return listSessions(db, {
          planId: context.planId,
          activityId: context.activityId,
          query: request.query,
        });
      },
    );
    app.get(
      '/activities/:id/regulars',
      {
        config: { access: onActivity('personalData:read') },
        schema: {
          tags: [TAG],
          summary: 'Deltagerne fra de seneste gange, de hyppigste først — til at vælge igen',
          params: uuidParam,
          querystring: regularsQuery,
          response: { 200: regularsOut, ...readErrors },
        },
      },
      (request) => listRegulars(db, { activityId: request.params.id, sessions: request.query.sessions }),
    );
    app.get(
      '/plans/:id/sessions',
      {
        config: { access: onPlan('plan:read') },
        schema: {
          tags: [TAG],
          summary: 'Planens aktivitetsgange med antal (uden deltagerkoder)',
          params: slugOrIdParam,
          querystring: listPlanSessionsQuery,
          response: { 200: page(sessionListItem), ...readErrors },
        },
      },
      async (request) => {
        const { activityId, ...query } = request.query;
        return listSessions(db, {
          planId: await planIdOf(db, request.params.id),
          ...(activityId ? { activityId } : {}),
          query,
        });
      },
    );
    app.get(
      '/sessions/:id',
      {
        config: { access: onSession('personalData:read') },
        schema: {
          tags: [TAG],
          summary: 'En aktivitetsgang med fremmøde (deltagerkoder), medarbejdere og frivillige',
          params: uuidParam,
          response: { 200: sessionOut, ...readErrors },
        },
      },
      (request) => getSession(db, request.params.id),
    );
    app.patch(
      '/sessions/:id',
      {
        config: { access: onSession('personalData:write') },
        schema: {
          tags: [TAG],
          summary:
            'Ret en aktivitetsgang; de angivne dele (fremmøde, frivillige, medarbejdere, antal) erstattes',
          params: uuidParam,
          body: updateSessionBody,
          response: { 200: sessionOut, ...writeErrors },
        },
      },
      (request) => updateSession(db, actorOf(request), { id: request.params.id, body: request.body }),
    );
    app.delete(
      '/sessions/:id',
      {
        config: { access: onSession('personalData:write') },
        schema: {
          tags: [TAG],
          summary: 'Slet en aktivitetsgang med dens fremmøde og frivillig-timer (deltagerne bevares)',
          params: uuidParam,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteSession(db, actorOf(request), { id: request.params.id });
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/plans/:id/imports/attendance',
      {
        bodyLimit: UPLOAD_BODY_LIMIT,
        config: { access: onPlan('personalData:write') },
        schema: {
          tags: [TAG],
          summary:
            'Importér fremmøde fra CSV/XLSX (én række pr. fremmøde): forhåndsvisning, eller alt eller intet',
          params: slugOrIdParam,
          querystring: attendanceImportQuery,
          body: uploadBody,
          response: { 200: attendanceImportResult, 422: problemSchema, ...writeErrors },
        },
      },
      (request) => importAttendance(db, actorOf(request), { plan: request.params.id, request }),
    );
    app.get(
      '/plans/:id/sessions/export',
      {
        config: { access: onPlan('plan:read') },
        schema: {
          tags: [TAG],
          summary: 'Eksportér planens aktivitetsgange med antal (XLSX/CSV)',
          params: slugOrIdParam,
          querystring: exportQuery,
          response: { 200: exportFileResponse, ...readErrors },
        },
      },
      async (request, reply) => {
        const planId = await planIdOf(db, request.params.id);
        return sendTable(reply, {
          format: request.query.format,
          fileName: 'aktivitetsgange',
          sheets: [await sessionsSheet(db, planId)],
        });
      },
    );
    app.get(
      '/plans/:id/attendance/export',
      {
        config: { access: onPlan('personalData:read') },
        schema: {
          tags: [TAG],
          summary: 'Eksportér fremmøde med deltagerkoder (XLSX/CSV) — samme kolonner som importen',
          params: slugOrIdParam,
          querystring: exportQuery,
          response: { 200: exportFileResponse, ...readErrors },
        },
      },
      async (request, reply) => {
        const planId = await planIdOf(db, request.params.id);
        return sendTable(reply, {
          format: request.query.format,
          fileName: 'fremmoede',
          sheets: [await attendanceSheet(db, planId)],
        });
      },
    );
  };
