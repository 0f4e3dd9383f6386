import { randomBytes } from 'node:crypto';
import {
  createQuestionIndex,
  DomainError,
  forbidden,
  notFound,
  questionSchema,
  type Category,
  type Level,
  type Question,
  type QuestionIndex,
  type Round,
} from '@rehearse/core';
import type { QuestionRepository, StoredQuestion } from './questions.repository.ts';
import { bankSnapshot, byQuestionId, withActive, type Snapshot } from './question-snapshot.ts';

export interface Viewer {
  id: string;
}

export interface QuestionFilter {
  category?: Category | undefined;
  level?: Level | undefined;
  round?: Round | undefined;
  source?: 'bank' | 'own' | undefined;
  q?: string | undefined;
}

export interface VisibleQuestion {
  question: Question;
  source: 'bank' | 'own';
}

const newOwnId = () => `my-${randomBytes(6).toString('hex')}`;

export function createQuestionService(deps: {
  repository: QuestionRepository;
  now?: () => Date;
  /** Runs the search index's rebuild after a change, off the request that made it (default: setImmediate). */
  defer?: (task: () => void) => void;
}) {
  const { repository } = deps;
  const now = deps.now ?? (() => new Date());
  const defer = deps.defer ?? ((task: () => void) => void setImmediate(task).unref());
  let loaded: Promise<Snapshot> | undefined;
  let current: Snapshot | undefined;

  async function snapshot(): Promise<Snapshot> {
    if (current) return current;
    if (!loaded) {
      const loading = repository.listActive().then((active) => {
        const sorted = active.sort(byQuestionId);
        const bank = sorted.filter((stored) => stored.ownerId === null).map((stored) => stored.question);
        const read = withActive(sorted, bankSnapshot(bank));
        // A reload asked for meanwhile (the bank changed) makes this read stale: it is used once, not kept.
        if (loaded === loading) current = read;
        return read;
      });
      loaded = loading;
      loading.catch(() => loaded === loading && (loaded = undefined));
    }
    return loaded;
  }

  /** Reads everything again from the database (after the bank itself changed). */
  const reload = () => {
    loaded = undefined;
    current = undefined;
  };

  // The search index covers every active question; visibility is applied after ranking. After a change it is
  // rebuilt off the request path while searches keep the previous one, except for the owner of the change, who
  // must find what they just wrote. Rebuilding reads only the changed questions (core keeps what it read).
  let searchIndex: { of: StoredQuestion[]; index: QuestionIndex } | undefined;
  let rebuildScheduled = false;
  const changedOwners = new Set<string>();

  /** Own questions written or retired: the snapshot changes in place of a reload; the bank stays as it was. */
  async function applyOwn(ownerId: string, written: readonly Question[], retiredIds: string[]) {
    const before = await snapshot();
    const gone = new Set([...retiredIds, ...written.map((question) => question.id)]);
    const active = before.active.filter((stored) => !gone.has(stored.question.id));
    active.push(...written.map((question) => ({ question, ownerId, retired: false })));
    current = withActive(active.sort(byQuestionId), before);
    if (written.length) changedOwners.add(ownerId);
    for (const id of retiredIds) changedOwners.add(before.byId.get(id)?.ownerId ?? '');
    scheduleRebuild();
  }

  function rebuild(snap: Snapshot) {
    searchIndex = { of: snap.active, index: createQuestionIndex(snap.active.map((stored) => stored.question)) };
    changedOwners.clear();
    return searchIndex.index;
  }

  function scheduleRebuild() {
    if (rebuildScheduled) return;
    rebuildScheduled = true;
    defer(() => {
      rebuildScheduled = false;
      if (current && searchIndex && searchIndex.of !== current.active) rebuild(current);
    });
  }

  function indexFor(snap: Snapshot, viewer: Viewer | null): QuestionIndex {
    if (!searchIndex) return rebuild(snap);
    if (searchIndex.of !== snap.active && viewer && changedOwners.has(viewer.id)) return rebuild(snap);
    return searchIndex.index;
  }

  const visibleTo = (viewer: Viewer | null) => (stored: StoredQuestion) =>
    stored.ownerId === null || stored.ownerId === viewer?.id;
  const present = (stored: StoredQuestion): VisibleQuestion => ({
    question: stored.question,
    source: stored.ownerId === null ? 'bank' : 'own',
  });

  function matches(filter: QuestionFilter) {
    return ({ question, ownerId }: StoredQuestion) =>
      (!filter.category || question.category === filter.category) &&
      (!filter.level || question.level === filter.level) &&
      (!filter.round || question.round === filter.round) &&
      (!filter.source || (filter.source === 'bank') === (ownerId === null));
  }

  async function requireOwn(id: string, viewer: Viewer) {
    const stored = await repository.findById(id);
    if (!stored || stored.retired || !visibleTo(viewer)(stored)) throw notFound('question', id);
    if (stored.ownerId !== viewer.id)
      throw forbidden(
        'bank-question-read-only',
        'Questions of the shared bank cannot be changed; copy it into your own questions instead.',
      );
    return stored;
  }

  return {
    /**
     * The index over the shared bank only, which the analysis searches to weigh words and to say what an
     * off-topic answer seems to answer: a user's private questions must never be named to anyone else.
     */
    bankIndex: async () => (await snapshot()).bankIndex(),

    /** The bank's shared questions with a version that changes whenever they do (workers cache by it). */
    bank: async () => (await snapshot()).bank,

    /** Stores the bank's questions; `source` fingerprints the files they came from (see syncBankFromFiles). */
    async syncBank(questions: Question[], options: { retireMissing: boolean; source?: string }) {
      const at = now().toISOString();
      const counts = await repository.syncBank(questions, options.retireMissing, at, options.source);
      reload();
      searchIndex = undefined;
      return counts;
    },

    /**
     * For a viewer who sees the bank alone (no questions of their own), a key that changes whenever any list of
     * theirs could: what they are shown is then the same as for every such viewer. Null for an owner.
     */
    async sharedListKey(viewer: Viewer | null): Promise<string | null> {
      const snap = await snapshot();
      return viewer && snap.owners.has(viewer.id) ? null : String(snap.generation);
    },

    /** The fingerprint of the content files the bank was last loaded from. */
    bankSource: () => repository.bankSource(),

    /** Visible questions matching the filter: ranked by relevance when `q` is given, else ordered by id. */
    async list(filter: QuestionFilter, viewer: Viewer | null): Promise<VisibleQuestion[]> {
      const snap = await snapshot();
      const candidates = snap.active.filter(visibleTo(viewer)).filter(matches(filter));
      const text = filter.q?.trim();
      if (!text) return candidates.map(present);
      const byId = new Map(candidates.map((stored) => [stored.question.id, stored]));
      const index = indexFor(snap, viewer);
      return index
        .search(text, { limit: index.size })
        .map((hit) => byId.get(hit.id))
        .filter((stored): stored is StoredQuestion => stored !== undefined)
        .map(present);
    },

    async get(id: string, viewer: Viewer | null): Promise<VisibleQuestion & { retired: boolean }> {
      // Active questions are in memory; only a retired one (or none) is looked up.
      const stored = (await snapshot()).byId.get(id) ?? (await repository.findById(id));
      if (!stored || !visibleTo(viewer)(stored)) throw notFound('question', id);
      return { ...present(stored), retired: stored.retired };
    },

    async create(input: unknown, viewer: Viewer): Promise<Question> {
      const question = validate({ ...(input as object), id: newOwnId() });
      await repository.saveOwnMany(viewer.id, { inserts: [question], updates: [] }, now().toISOString());
      await applyOwn(viewer.id, [question], []);
      return question;
    },

    async update(id: string, input: unknown, viewer: Viewer): Promise<Question> {
      await requireOwn(id, viewer);
      const question = validate({ ...(input as object), id });
      await repository.saveOwnMany(viewer.id, { inserts: [], updates: [question] }, now().toISOString());
      await applyOwn(viewer.id, [question], []);
      return question;
    },

    async remove(id: string, viewer: Viewer): Promise<void> {
      await requireOwn(id, viewer);
      await repository.retireOwn(id, viewer.id, now().toISOString());
      await applyOwn(viewer.id, [], [id]);
    },

    /** All-or-nothing: every entry is validated first and any error rejects the whole import. */
    async importOwn(entries: unknown[], viewer: Viewer) {
      const problems: { entry: number; id: string | null; errors: string[] }[] = [];
      const parsed: Question[] = [];
      entries.forEach((entry, index) => {
        const withId = { ...(entry as object), id: (entry as { id?: unknown })?.id ?? newOwnId() };
        const result = questionSchema.safeParse(withId);
        const id = typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : null;
        if (result.success) parsed.push(result.data);
        else
          problems.push({
            entry: index,
            id,
            errors: result.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`),
          });
      });
      if (problems.length) {
        throw new DomainError(
          'invalid',
          'import-invalid',
          `${problems.length} of ${entries.length} entries are invalid; nothing was imported.`,
          { entries: problems },
        );
      }
      const ids = parsed.map((q) => q.id);
      if (new Set(ids).size !== ids.length)
        throw new DomainError('invalid', 'import-duplicate-ids', 'Two entries share an id; nothing was imported.');
      const taken = await repository.idsTaken(ids);
      const inserts: Question[] = [];
      const updates: Question[] = [];
      const renamed: { from: string; to: string }[] = [];
      for (const question of parsed) {
        const existing = taken.has(question.id) ? await repository.findById(question.id) : undefined;
        if (existing?.ownerId === viewer.id) {
          updates.push(question);
        } else if (existing) {
          const renamedQuestion = { ...question, id: newOwnId() };
          renamed.push({ from: question.id, to: renamedQuestion.id });
          inserts.push(renamedQuestion);
        } else inserts.push(question);
      }
      await repository.saveOwnMany(viewer.id, { inserts, updates }, now().toISOString());
      await applyOwn(viewer.id, [...inserts, ...updates], []);
      return { created: inserts.length, updated: updates.length, renamed };
    },

    async exportVisible(viewer: Viewer, scope: 'own' | 'all'): Promise<Question[]> {
      const { active } = await snapshot();
      return active
        .filter((stored) => (scope === 'own' ? stored.ownerId === viewer.id : visibleTo(viewer)(stored)))
        .map((stored) => stored.question);
    },
  };
}

function validate(input: unknown): Question {
  const result = questionSchema.safeParse(input);
  if (result.success) return result.data;
  throw new DomainError('invalid', 'question-invalid', 'The question is not valid; see errors.', {
    errors: result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
  });
}

export type QuestionService = ReturnType<typeof createQuestionService>;
