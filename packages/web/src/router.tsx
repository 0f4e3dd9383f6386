import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouteComponent,
} from '@tanstack/react-router';
import { Shell } from './components/Shell.tsx';
import { AuthPage } from './pages/AuthPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { questionSearchSchema } from './pages/question-search.ts';
import { codingSearchSchema } from './pages/coding-search.ts';
import { reviewSearchSchema } from './pages/review-search.ts';
import { loopSearchSchema } from './pages/loop-search.ts';
import { studySearchSchema } from './pages/study-search.ts';
import { candidateSearchSchema } from './kits/kit-search.ts';

// The first pages (sign-in, home) are in the first chunk; every other page is a chunk of its own, fetched when
// its route is first shown or a link to it is hovered, so the first page carries none of their code.
const QuestionListPage = lazyRouteComponent(() => import('./pages/QuestionListPage.tsx'), 'QuestionListPage');
const QuestionPage = lazyRouteComponent(() => import('./pages/QuestionPage.tsx'), 'QuestionPage');
const SettingsPage = lazyRouteComponent(() => import('./pages/SettingsPage.tsx'), 'SettingsPage');
const PracticePage = lazyRouteComponent(() => import('./pages/PracticePage.tsx'), 'PracticePage');
const InterviewPage = lazyRouteComponent(() => import('./pages/InterviewPage.tsx'), 'InterviewPage');
// Progress and history: their charts (recharts) are a chunk of their own again, loaded once there is data.
const ProgressPage = lazyRouteComponent(() => import('./pages/ProgressPage.tsx'), 'ProgressPage');
const HistoryPage = lazyRouteComponent(() => import('./pages/HistoryPage.tsx'), 'HistoryPage');
// The coding round: the editor (CodeMirror) and the Markdown renderer load with the problem page only.
const CodingListPage = lazyRouteComponent(() => import('./pages/CodingListPage.tsx'), 'CodingListPage');
const CodingProblemPage = lazyRouteComponent(() => import('./pages/CodingProblemPage.tsx'), 'CodingProblemPage');
// The code-review round: the pull request page brings the highlighter and the Markdown renderer in chunks of its own.
const ReviewListPage = lazyRouteComponent(() => import('./pages/ReviewListPage.tsx'), 'ReviewListPage');
const ReviewPage = lazyRouteComponent(() => import('./pages/ReviewPage.tsx'), 'ReviewPage');
// Study mode: the checklist and due counts, and the flash cards in a chunk of their own.
const StudyPage = lazyRouteComponent(() => import('./pages/StudyPage.tsx'), 'StudyPage');
const FlashCardsPage = lazyRouteComponent(() => import('./pages/FlashCardsPage.tsx'), 'FlashCardsPage');
// Sharing with a coach: the sharing page, a session shared with a coach, and a share link.
const SharingPage = lazyRouteComponent(() => import('./pages/sharing/SharingPage.tsx'), 'SharingPage');
const SharedSessionPage = lazyRouteComponent(
  () => import('./pages/sharing/SharedSessionPage.tsx'),
  'SharedSessionPage',
);
const SharedLinkPage = lazyRouteComponent(() => import('./pages/sharing/SharedLinkPage.tsx'), 'SharedLinkPage');
// Interview kits and teams: the kit, its live scorecard, its calibration, a team, a candidate's practice link.
const KitsPage = lazyRouteComponent(() => import('./pages/kits/KitsPage.tsx'), 'KitsPage');
const KitPage = lazyRouteComponent(() => import('./pages/kits/KitPage.tsx'), 'KitPage');
const ScorecardPage = lazyRouteComponent(() => import('./pages/kits/ScorecardPage.tsx'), 'ScorecardPage');
const CalibrationPage = lazyRouteComponent(() => import('./pages/kits/CalibrationPage.tsx'), 'CalibrationPage');
const TeamPage = lazyRouteComponent(() => import('./pages/kits/TeamPage.tsx'), 'TeamPage');
const KitPracticePage = lazyRouteComponent(() => import('./pages/kits/KitPracticePage.tsx'), 'KitPracticePage');

const root = createRootRoute({ component: Shell });
const route = <TPath extends string>(path: TPath, component: RouteComponent) =>
  createRoute({ getParentRoute: () => root, path, component });

const questionsRoute = createRoute({
  getParentRoute: () => root,
  path: '/questions',
  validateSearch: questionSearchSchema,
  component: QuestionListPage,
});
const interviewRoute = createRoute({ getParentRoute: () => root, path: '/interviews/$id', component: InterviewPage });
export const questionRoute = createRoute({
  getParentRoute: () => root,
  path: '/questions/$id',
  component: QuestionPage,
});
const codingRoute = createRoute({
  getParentRoute: () => root,
  path: '/coding',
  validateSearch: codingSearchSchema,
  component: CodingListPage,
});
const codingProblemRoute = createRoute({
  getParentRoute: () => root,
  path: '/coding/$id',
  validateSearch: loopSearchSchema,
  component: CodingProblemPage,
});
const studyRoute = createRoute({
  getParentRoute: () => root,
  path: '/study',
  validateSearch: studySearchSchema,
  component: StudyPage,
});
const studyCardsRoute = createRoute({
  getParentRoute: () => root,
  path: '/study/cards',
  validateSearch: studySearchSchema,
  component: FlashCardsPage,
});
const reviewsRoute = createRoute({
  getParentRoute: () => root,
  path: '/reviews',
  validateSearch: reviewSearchSchema,
  component: ReviewListPage,
});
const reviewRoute = createRoute({
  getParentRoute: () => root,
  path: '/reviews/$id',
  validateSearch: loopSearchSchema,
  component: ReviewPage,
});

const kitScoreRoute = createRoute({
  getParentRoute: () => root,
  path: '/kits/$id/score',
  validateSearch: candidateSearchSchema,
  component: ScorecardPage,
});
const kitCalibrationRoute = createRoute({
  getParentRoute: () => root,
  path: '/kits/$id/calibration',
  validateSearch: candidateSearchSchema,
  component: CalibrationPage,
});

const tree = root.addChildren([
  route('/', HomePage),
  route('/sign-in', () => <AuthPage mode="sign-in" />),
  route('/sign-up', () => <AuthPage mode="sign-up" />),
  questionsRoute,
  questionRoute,
  route('/practice', PracticePage),
  interviewRoute,
  codingRoute,
  codingProblemRoute,
  reviewsRoute,
  reviewRoute,
  route('/progress', ProgressPage),
  route('/history', HistoryPage),
  studyRoute,
  studyCardsRoute,
  route('/kits', KitsPage),
  route('/kits/$id', KitPage),
  kitScoreRoute,
  kitCalibrationRoute,
  route('/teams/$id', TeamPage),
  route('/kit-practice/$token', KitPracticePage),
  route('/sharing', SharingPage),
  route('/shared/interviews/$id', SharedSessionPage),
  route('/shared/link/$token', SharedLinkPage),
  route('/settings', SettingsPage),
]);

export const router = createRouter({ routeTree: tree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
