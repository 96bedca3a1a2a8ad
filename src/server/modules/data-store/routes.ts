import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AddDataStoreItemRequest,
  DataStoreItem,
  DataStoreItemParams,
  DataStoreList,
  RenameDataStoreItemRequest,
} from "../../../contracts/data-store.ts";
import { Problem } from "../../../contracts/problem.ts";
import type { Db } from "../../db/database.ts";
import type { RouteAccess } from "../../http/access.ts";
import { sendFile } from "../../http/send-file.ts";
import { requireCitizen } from "../citizen-identity/authenticate.ts";
import { addItem } from "./add-item.ts";
import { deleteItem } from "./delete-item.ts";
import { listItems } from "./list-items.ts";
import { readItemFile } from "./read-item-file.ts";
import { renameItem } from "./rename-item.ts";

const CITIZEN: RouteAccess = { kind: "citizen" };
const tags = ["citizen data store"];
const errors = { 400: Problem, 401: Problem, 404: Problem };

/**
 * RES-3, DIG-1 (issue #14): the citizen's personal data store. Every route serves the session's
 * citizen, never another's (404). Files come in through POST /api/citizen/files.
 */
export const dataStoreRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const citizenIdOf = async (request: Parameters<typeof requireCitizen>[1]) =>
    (await requireCitizen(db, request)).id;

  app.get(
    "/api/citizen/data-store",
    {
      config: { access: CITIZEN },
      schema: {
        tags,
        summary:
          "The citizen's data store (“Kho dữ liệu điện tử”): their documents and results, newest first",
        response: { 200: DataStoreList, ...errors },
      },
    },
    async (request, reply) =>
      reply.header("cache-control", "no-store").send(await listItems(db, await citizenIdOf(request))),
  );

  app.post(
    "/api/citizen/data-store",
    {
      config: { access: CITIZEN },
      schema: {
        tags,
        summary:
          "Keep an uploaded file (POST /api/citizen/files) in the store with a title. 422 FILE_NOT_FOUND for a file the citizen did not upload; 409 DATA_STORE_ITEM_EXISTS when it is already there",
        body: AddDataStoreItemRequest,
        response: { 201: DataStoreItem, ...errors, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const item = await addItem(db, await citizenIdOf(request), request.body);
      request.audit = { ...request.audit, objectType: "data_store_item", objectId: item.id };
      return reply.status(201).send(item);
    },
  );

  app.patch(
    "/api/citizen/data-store/:itemId",
    {
      config: { access: CITIZEN },
      schema: {
        tags,
        summary: "Rename one of the citizen's items (another's: 404)",
        params: DataStoreItemParams,
        body: RenameDataStoreItemRequest,
        response: { 200: DataStoreItem, ...errors },
      },
    },
    async (request) => renameItem(db, await citizenIdOf(request), request.params.itemId, request.body),
  );

  app.delete(
    "/api/citizen/data-store/:itemId",
    {
      config: { access: CITIZEN },
      schema: {
        tags,
        summary: "Remove one of the citizen's items (another's: 404)",
        params: DataStoreItemParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteItem(db, await citizenIdOf(request), request.params.itemId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/citizen/data-store/:itemId/file",
    {
      config: { access: CITIZEN },
      schema: {
        tags,
        summary: "Download one of the citizen's items (another's: 404)",
        params: DataStoreItemParams,
        response: errors,
      },
    },
    async (request, reply) => {
      const file = await readItemFile(db, await citizenIdOf(request), request.params.itemId);
      return sendFile(reply, {
        content: file.content,
        type: file.mime,
        name: file.file_name ?? file.id,
        disposition: "attachment",
      });
    },
  );
};
