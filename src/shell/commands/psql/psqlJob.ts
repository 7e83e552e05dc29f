// The psql job: the terminal waits while the database driver runs a statement. When the answer is
// in the world, psql prints it and goes on with the statements typed after it on the same line.
import { readCluster } from '../../../engine/db/pgCluster';
import { dropSqlRequest, takeSqlAnswer } from '../../../engine/db/sqlRequests';
import type { JobContext, JobHandler } from '../../types';
import { formatDescribe } from './psqlDescribe';
import { formatAnswer } from './psqlFormat';
import { PSQL_JOB, psqlState, runStatements, type PsqlIo, type PsqlJobData } from './psqlSession';

function ioOf(jx: JobContext): PsqlIo {
  const frames = jx.terminal.frames;
  return { ctx: jx.ctx, profile: jx.profile, frame: frames[frames.length - 1], out: jx.out, err: jx.err };
}

export const psqlJobHandler: JobHandler = {
  kind: PSQL_JOB,
  step(jx, job) {
    const data = job.data as PsqlJobData;
    const answer = takeSqlAnswer(jx.ctx, data.requestId);
    if (!answer) return { done: false };
    const io = ioOf(jx);
    let text: { out: string; err: string };
    if (data.describe) {
      const s = psqlState(io.frame);
      text = formatDescribe(data.describe, answer, s && readCluster(jx.ctx.world, s.session.host, s.session.containerId));
    } else text = formatAnswer(answer, data.sql);
    jx.err(text.err);
    jx.out(text.out);
    const next = runStatements(io, data.rest);
    if (!next) return { done: true, exitCode: answer.error ? 1 : 0 };
    job.data = next;
    return { done: false };
  },
  interrupt(jx, job) {
    // psql sends a cancel request; the statement is in the log already, so it still counts.
    dropSqlRequest(jx.ctx, (job.data as PsqlJobData).requestId);
    jx.out('Cancel request sent\n');
    return 0;
  },
};
