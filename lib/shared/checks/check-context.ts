import type { RoleCatalog } from '../catalog/schema';
import type { Draft } from '../draft/draft-schema';
import type { CheckFinding } from './finding';
import type { CheckMessages } from './messages/check-messages';
import type { TextModel } from './text-model';

/** What every check is handed: the draft, its text model (built once), and what the run is judged against. */
export interface CheckContext {
  draft: Draft;
  text: TextModel;
  catalog: RoleCatalog;
  /** The day laws and closing dates are judged against. */
  today: Date;
  /** Ids of the findings the author dismissed; a check leaves them out of verdicts it sums up. */
  dismissed: ReadonlySet<string>;
  /** The words findings are said in: the reader's language, not the draft's. */
  messages: CheckMessages;
}

export type Check = (context: CheckContext) => CheckFinding[];
