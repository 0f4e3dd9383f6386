// Fixture questions for the unit tests of search and analysis, written for the tests (not taken from the bank,
// so the tests never depend on the content files). Parsed through the real schema.
import { questionSchema, type Question, type QuestionInput } from '../../questions/question.schema.ts';

const injection: QuestionInput = {
  id: 'fixture-sql-injection',
  prompt: 'How do you stop SQL injection in a backend service?',
  category: 'security',
  level: 'junior',
  round: 'concepts',
  tags: ['sql', 'injection'],
  aliases: ['How do you keep user input from changing your database queries?'],
  targetSeconds: 90,
  modelAnswer:
    'Injection happens when text from a user is pasted into a query string, so a quote in a form field can end the value and add SQL of its own. I never build queries by concatenation. I use parameterised queries: the statement has placeholders and the driver sends the values separately, so the database never parses them as code. Column names cannot be bound, so for a sort column I map the request to an allow-list of known names. The database account the service uses only has the rights it needs, which limits the damage if something slips through.',
  keyPoints: [
    {
      id: 'cause',
      label: 'Input concatenated into the query becomes code',
      weight: 2,
      evidence: [
        'concatenate user input',
        'string concatenation',
        'input becomes part of the query',
        'runs their own sql',
      ],
      probe: 'What exactly goes wrong when a query is built from user input?',
    },
    {
      id: 'parameters',
      label: 'Parameterised queries with bound values',
      weight: 3,
      evidence: [
        'parameterised query',
        'prepared statement',
        'bind variables',
        'placeholders',
        'values sent separately',
      ],
      probe: 'How do you make sure input can never change the structure of a query?',
    },
    {
      id: 'allow-list',
      label: 'Allow-list for identifiers that cannot be bound',
      weight: 1,
      evidence: ['allow-list', 'whitelist of columns', 'known column names', 'identifiers cannot be bound'],
      probe: 'How do you handle a user-chosen sort column?',
    },
    {
      id: 'least-privilege',
      label: 'Least-privilege database account',
      weight: 2,
      evidence: ['least privilege', 'only the rights it needs', 'restricted database user', 'limit the damage'],
      probe: 'If an injection slips through, how do you limit what it can do?',
    },
  ],
  misconceptions: [
    {
      id: 'escaping-enough',
      claim: 'Escaping quotes by hand is enough.',
      signals: ['escape the quotes', 'strip the quotes'],
      correction: 'Hand-made escaping misses encodings and edge cases; bind the values instead.',
    },
  ],
};

const threads: QuestionInput = {
  id: 'fixture-thread-vs-process',
  prompt: 'What is the difference between a thread and a process?',
  category: 'concurrency',
  level: 'junior',
  round: 'concepts',
  tags: ['threads', 'processes', 'operating-system'],
  aliases: ['Compare operating system processes with threads.'],
  targetSeconds: 90,
  modelAnswer:
    'A process is a running program with its own address space and resources, isolated from other processes by the operating system. Threads live inside a process and share its memory, so they communicate cheaply but need locks around shared state, and one crashing thread can take the whole process down. Processes are heavier to start and talk through pipes or sockets, but a crash stays contained. I use processes for isolation or to use every core in a runtime with a global lock, and threads for cheap parallel work on shared data.',
  keyPoints: [
    {
      id: 'isolation',
      label: 'Processes have their own memory; threads share it',
      weight: 3,
      evidence: ['own address space', 'share memory', 'shared heap', 'isolated memory'],
      probe: 'What does a thread share with other threads of its process?',
    },
    {
      id: 'cost',
      label: 'Threads are cheaper to create and switch',
      weight: 2,
      evidence: ['cheaper to create', 'heavier to start', 'context switch', 'lightweight'],
      probe: 'Which is more expensive to start, and why?',
    },
    {
      id: 'risks',
      label: 'Shared state needs synchronisation; crashes spread',
      weight: 2,
      evidence: ['race condition', 'need locks', 'crash the whole process', 'synchronisation'],
      probe: 'What can go wrong when threads share data?',
    },
    {
      id: 'choice',
      label: 'When to choose each',
      weight: 2,
      evidence: ['for isolation', 'cpu-bound work', 'global interpreter lock', 'use every core'],
      probe: 'When would you pick processes over threads?',
    },
  ],
};

const eventLoop: QuestionInput = {
  id: 'fixture-node-event-loop',
  prompt: 'How does Node.js serve many requests at once on a single JavaScript thread?',
  category: 'concurrency',
  level: 'mid',
  round: 'concepts',
  tags: ['nodejs', 'event-loop', 'async'],
  aliases: ['Explain the Node.js event loop.'],
  targetSeconds: 120,
  modelAnswer:
    'Node runs JavaScript on one thread but hands slow work such as network and disk I/O to libuv, which uses non-blocking operating system calls and a small thread pool. The event loop picks up completed operations and runs their callbacks one at a time, so thousands of requests can wait on I/O at once. The danger is CPU-heavy code: a long synchronous loop blocks the event loop and every request waits, so that work goes to worker threads.',
  keyPoints: [
    {
      id: 'non-blocking',
      label: 'I/O is non-blocking and handed to libuv',
      weight: 3,
      evidence: ['non-blocking', 'libuv', 'hands the io off', 'thread pool'],
      probe: 'What happens to a database call while it is in flight?',
    },
    {
      id: 'loop',
      label: 'The event loop runs callbacks one at a time',
      weight: 2,
      evidence: ['event loop', 'callback queue', 'runs the callbacks', 'one at a time'],
      probe: 'What decides which callback runs next?',
    },
    {
      id: 'blocking',
      label: 'CPU-heavy work blocks everything',
      weight: 2,
      evidence: ['blocks the event loop', 'cpu-heavy', 'synchronous loop', 'worker threads'],
      probe: 'What happens if one request does heavy computation?',
    },
  ],
};

const caching: QuestionInput = {
  id: 'fixture-http-caching',
  prompt: 'How do HTTP caching headers work?',
  category: 'web-fundamentals',
  level: 'mid',
  round: 'concepts',
  tags: ['http', 'caching', 'headers'],
  aliases: ['Explain Cache-Control and ETags.'],
  targetSeconds: 120,
  modelAnswer:
    'Cache-Control tells browsers and proxies whether and for how long they may keep a response, for example max-age of an hour, or no-store for private data. When it expires, the client can revalidate with a conditional request carrying the ETag in If-None-Match, and the server answers 304 Not Modified without a body if nothing changed. Public assets get long lifetimes with versioned file names.',
  keyPoints: [
    {
      id: 'cache-control',
      label: 'Cache-Control sets who may cache and for how long',
      weight: 3,
      evidence: ['cache-control', 'max-age', 'no-store', 'private'],
      probe: 'How does a server say how long a response may be reused?',
    },
    {
      id: 'revalidation',
      label: 'Conditional requests and 304',
      weight: 2,
      evidence: ['etag', 'if-none-match', '304', 'not modified'],
      probe: 'What happens when a cached response expires?',
    },
    {
      id: 'versioned-assets',
      label: 'Versioned asset names for long lifetimes',
      weight: 1,
      evidence: ['versioned file names', 'content hash in the name', 'immutable', 'cache busting'],
      probe: 'How do you ship a new version of a cached file?',
    },
  ],
};

const incident: QuestionInput = {
  id: 'fixture-slow-service-story',
  prompt: 'Tell me about a time you made a slow service fast.',
  category: 'behavioral',
  level: 'mid',
  round: 'behavioral',
  tags: ['performance', 'story'],
  aliases: ['Describe a performance problem you solved.'],
  targetSeconds: 150,
  modelAnswer:
    'At my last job our search endpoint took three seconds at peak and customers complained. I owned the service, so I set a goal of under three hundred milliseconds. I profiled it, found that every request rebuilt a filter list from the database, and cached the list in memory with a short expiry; I also added an index for the main query. Latency dropped to two hundred milliseconds and support tickets about slowness stopped. I learned to measure before guessing.',
  keyPoints: [
    {
      id: 'situation',
      label: 'Situation: the slow service and its impact',
      weight: 2,
      evidence: ['took three seconds', 'customers complained', 'at peak', 'slow endpoint'],
      probe: 'What was slow, and who noticed?',
    },
    {
      id: 'task',
      label: 'Task: your responsibility and goal',
      weight: 1,
      evidence: ['i owned', 'my responsibility', 'set a goal', 'i was asked'],
      probe: 'What was your role in fixing it?',
    },
    {
      id: 'action',
      label: 'Action: how you found and fixed the cause',
      weight: 3,
      evidence: ['i profiled', 'found that', 'added an index', 'cached the list'],
      probe: 'How did you find the cause?',
    },
    {
      id: 'result',
      label: 'Result: measured improvement',
      weight: 2,
      evidence: ['dropped to', 'milliseconds', 'tickets stopped', 'faster'],
      probe: 'How did you know it worked?',
    },
  ],
};

const loansApi: QuestionInput = {
  id: 'fixture-library-loans-api',
  prompt: "Design an API for a library's book loans.",
  category: 'api-design',
  level: 'mid',
  round: 'design',
  tags: ['rest', 'api', 'design'],
  aliases: ['Design endpoints for borrowing and returning books.'],
  targetSeconds: 180,
  modelAnswer:
    'First the consumers: the librarians desk app and members on a mobile app, mostly reads of availability. The resources are books, copies, members and loans. A member borrows with POST /loans carrying the copy id, returns with a PATCH on the loan, and lists their loans with GET /members/{id}/loans. Errors: a copy already on loan gives 409 Conflict, an unknown copy 404, and retries are safe with an idempotency key. Later we can add reservations and version the API without breaking the apps.',
  keyPoints: [
    {
      id: 'consumers',
      label: 'Consumers and requirements',
      weight: 2,
      evidence: ['librarians', 'members', 'mobile app', 'mostly reads'],
      probe: 'Who uses this API, and for what?',
    },
    {
      id: 'resources',
      label: 'Resources and data model',
      weight: 2,
      evidence: ['books copies and loans', 'loan resource', 'copy id', 'member id'],
      probe: 'What are the resources?',
    },
    {
      id: 'interface',
      label: 'Endpoints and methods',
      weight: 3,
      evidence: ['post /loans', 'get /members', 'patch the loan', 'endpoint'],
      probe: 'What does borrowing a book look like on the wire?',
    },
    {
      id: 'errors',
      label: 'Errors and retries',
      weight: 2,
      evidence: ['409 conflict', '404', 'already on loan', 'idempotency key'],
      probe: 'What happens when the copy is already borrowed?',
    },
    {
      id: 'evolution',
      label: 'Evolution',
      weight: 1,
      evidence: ['reservations later', 'version the api', 'without breaking', 'backward compatible'],
      probe: 'How would the API grow?',
    },
  ],
};

export const FIXTURE_QUESTIONS: readonly Question[] = [injection, threads, eventLoop, caching, incident, loansApi].map(
  (input) => questionSchema.parse(input),
);

export function fixture(id: string): Question {
  const question = FIXTURE_QUESTIONS.find((q) => q.id === `fixture-${id}`);
  if (!question) throw new Error(`no fixture question ${id}`);
  return question;
}
