import type { AgentsResponse } from '@flamehouse/proto';
import { queryRows, type QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { selectionWhere, type Params } from './sql.js';

/** What each agent of a service reported about itself over the range: its cost, bytes, failures and drops. */
export async function agentReports(ctx: QueryContext, selection: Selection): Promise<AgentsResponse> {
  const params: Params = {};
  // Reports ride on profile rows of any type: select by service and time, not by type.
  const where = selectionWhere(selection, ctx.tables, params, { table: 'profiles', columnPrefix: 'p.', anyType: true });
  const rows = await queryRows<[string, Record<string, string>, number | string, number | string, number | string, number | string, number | string, number | string]>(
    ctx,
    `SELECT p.series_id, any(s.labels), count(), toUnixTimestamp(max(p.ts)),
       sum(p.agent_cpu_ms), sum(p.agent_upload_bytes), sum(p.agent_failures), sum(p.dropped)
     FROM ${ctx.tables.profiles} AS p
     LEFT JOIN (SELECT series_id, any(labels) AS labels FROM ${ctx.tables.series}
                WHERE service = {service:String} GROUP BY series_id) AS s ON s.series_id = p.series_id
     WHERE ${where}
     GROUP BY p.series_id ORDER BY p.series_id`,
    params,
  );
  return {
    agents: rows.map(([seriesId, labels, profiles, lastS, cpuMs, bytes, failures, dropped]) => ({
      seriesId,
      labels,
      profiles: Number(profiles),
      lastUploadMs: Number(lastS) * 1000,
      agentCpuMs: Number(cpuMs),
      // Filled from the agent's reports on the agent-cost branch.
      processCpuMs: 0,
      agentCpuPercent: null,
      samplingIntervalUs: null,
      uploadBytes: Number(bytes),
      failures: Number(failures),
      dropped: Number(dropped),
    })),
  };
}
