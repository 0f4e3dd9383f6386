// Generated from the OpenAPI document by `npm run api:types`: do not edit by hand.
// The server's route schemas are the source; the contract test fails when this file is out of date.
export interface paths {
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database reachability */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process is up and its event loop answers */
    get: operations['getLiveness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the database answers and, in a role that runs jobs, the job queue runs */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sign-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an account and sign in */
    post: operations['signUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with email and password */
    post: operations['signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the browser session */
    post: operations['signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is signed in: the user, or null for nobody */
    get: operations['getSession'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List your access tokens */
    get: operations['listTokens'];
    put?: never;
    /** Create a personal access token (shown once) */
    post: operations['createToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an access token */
    delete: operations['revokeToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List accounts (admin) */
    get: operations['listUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/role': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an account's role (admin) */
    patch: operations['changeUserRole'];
    trace?: never;
  };
  '/api/v1/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete your account and everything it owns
     * @description Removes the interviews, answers and recordings, shares and comments, attempts, study cards, kits, tokens and sessions of the account, then the account; all of it or nothing. Team kits stay with their team, handed to another owner. Needs the password (or, without one, the account's email as confirmation) and a browser session.
     */
    delete: operations['deleteAccount'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Browse and search the bank and your own questions */
    get: operations['listQuestions'];
    put?: never;
    /** Add a question of your own (private to you) */
    post: operations['createQuestion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questions/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export your own (or all visible) questions as JSON */
    get: operations['exportQuestions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One question with its model answer and key points */
    get: operations['getQuestion'];
    /** Replace one of your own questions */
    put: operations['replaceQuestion'];
    post?: never;
    /** Remove one of your own questions */
    delete: operations['deleteQuestion'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questions/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import questions from JSON (all or nothing) */
    post: operations['importQuestions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analyses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your analyses, newest first */
    get: operations['listAnalyses'];
    put?: never;
    /** Analyse a typed answer to a question */
    post: operations['createAnalysis'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analyses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of your analyses */
    get: operations['getAnalysis'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recordings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Play back one of your recordings (supports Range requests for seeking) */
    get: operations['getRecording'];
    put?: never;
    post?: never;
    /** Delete one of your recordings (its file and its record) */
    delete: operations['deleteRecording'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recordings/{id}/meta': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What is known about one of your recordings */
    get: operations['getRecordingMeta'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/interviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your interviews, newest first */
    get: operations['listInterviews'];
    put?: never;
    /** Plan and open a mock interview */
    post: operations['createInterview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/interviews/{id}/retake': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a new interview asking the same questions again; its summary compares with this one */
    post: operations['retakeInterview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/interviews/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An interview: plan, state, current turn and answers */
    get: operations['getInterview'];
    put?: never;
    post?: never;
    /** Delete an interview and its answers */
    delete: operations['deleteInterview'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/interviews/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move the interview: start, begin-answer, skip, pause, resume, finish, complete */
    post: operations['sendInterviewEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/interviews/{id}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the answer to the current turn (typed text, or a recording uploaded over tus) */
    post: operations['submitAnswer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/interviews/{id}/turns/{turnId}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Analyse again an answer whose analysis failed */
    post: operations['retryAnswerAnalysis'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/interviews/{id}/turns/{turnId}/transcript': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Correct a transcript; the analysis reruns on the corrected text */
    put: operations['correctTranscript'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/interviews/{id}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Session summary across all answers */
    get: operations['getInterviewSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/interviews/{id}/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-sent events: a message whenever the interview or an answer changes */
    get: operations['streamInterview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/problems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The coding problems */
    get: operations['listProblems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/problems/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One coding problem, without its hidden tests */
    get: operations['getProblem'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/problems/{id}/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your attempts at a problem, newest first */
    get: operations['listCodeAttempts'];
    put?: never;
    /**
     * Run (visible tests and your inputs) or submit (every test, scored) your code
     * @description The code runs in a sandbox on a background job; poll the attempt until its status is done.
     */
    post: operations['createCodeAttempt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-attempts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of your attempts, with its report once checked */
    get: operations['getCodeAttempt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-attempts/{id}/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer one of the interviewer's questions after a submit; the answer is analysed and kept */
    post: operations['answerCodingFollowUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review-exercises': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The code-review exercises */
    get: operations['listReviewExercises'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review-exercises/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One pull request to review, with its diff */
    get: operations['getReviewExercise'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review-exercises/{id}/submissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your reviews of an exercise, newest first */
    get: operations['listReviewSubmissions'];
    put?: never;
    /** Submit your review: line comments, a summary and a verdict */
    post: operations['submitReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review-submissions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of your reviews, with its check and the debrief */
    get: operations['getReviewSubmission'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your progress: scores over time, volume and streak, weakest areas, what to practise next */
    get: operations['getProgress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your past answers and attempts, newest first: searchable and filterable */
    get: operations['listHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/history/answers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One past answer in full, to replay: recording, transcript, feedback and follow-ups */
    get: operations['getHistoryAnswer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/history/questions/{questionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every answer you gave to one question, oldest first, to compare side by side */
    get: operations['getQuestionAttempts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/interviews/{id}/report.md': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The session report as Markdown: scores, each answer with its transcript and evidence */
    get: operations['getInterviewReportMarkdown'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/interviews/{id}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The session report as a PDF: scores and their chart, each answer with its transcript and evidence */
    get: operations['getInterviewReportPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/speech/say': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The interviewer's voice for a browser without speech synthesis: a text read aloud, as WAV */
    get: operations['sayText'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your interview kits, last changed first */
    get: operations['listKits'];
    put?: never;
    /** Build an interview kit for a role, level and competencies */
    post: operations['createKit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kit-suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bank questions suggested for a kit: its competencies, nearest its level first */
    get: operations['suggestKitQuestions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of your kits: each question with its sample answer, key points, red flags and scale; the plan */
    get: operations['getKit'];
    /** Change a kit: its role, level, competencies, questions and their order */
    put: operations['updateKit'];
    post?: never;
    /** Delete a kit with its scorecards and practice links */
    delete: operations['deleteKit'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kits/{id}/print': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The kit as a printable page: plan, questions, what a good answer shows, red flags, scales */
    get: operations['printKit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kits/{id}/print.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The kit as a PDF: plan, questions, what a good answer shows, red flags, scales */
    get: operations['getKitPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kits/{id}/variants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Propose new questions from a role description (a language model where configured, else similar bank questions); nothing joins the kit until you add it */
    post: operations['proposeKitVariants'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kits/{id}/scorecards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The kit's scorecards, of one candidate or of all */
    get: operations['listScorecards'];
    put?: never;
    /** Score a candidate on the kit: key points heard, ratings on the anchored scale, notes, a recommendation */
    post: operations['createScorecard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kits/{id}/scorecards/{scorecardId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a scorecard */
    put: operations['updateScorecard'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kits/{id}/calibration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where a candidate's interviewers agree and where they spread, per question; their recommendations */
    get: operations['getKitCalibration'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kits/{id}/comparison': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The kit's candidates side by side: mean rating per question, overall, recommendations */
    get: operations['compareKitCandidates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kits/{id}/practice-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A link with which a signed-in candidate practises the kit's bank questions (shown once, expires) */
    post: operations['createKitPracticeLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kit-practice/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a practice link offers: the kit's role, level and questions (no answers) */
    get: operations['getKitPractice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kit-practice/{token}/interviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open your own practice interview on the kit's questions, scored against the same key points */
    post: operations['startKitPractice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shares': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your shares, newest first, with whether each still opens */
    get: operations['listShares'];
    put?: never;
    /** Share an interview, or all of them, with a coach: by an invitation to their email, or a link */
    post: operations['createShare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shares/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a share: its coach can no longer open it (it stays listed as revoked) */
    delete: operations['revokeShare'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/interviews/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Coaches' comments on an interview: all of them for its owner, their own for a coach */
    get: operations['listComments'];
    put?: never;
    /** Comment at a moment of an answer’s recording or on a sentence (a coach it is shared with, or its owner) */
    post: operations['addComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/interviews/{id}/comments/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark the comments on one of your interviews as read */
    post: operations['markCommentsRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/comments/unread': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many comments on your interviews you have not read, per interview */
    get: operations['unreadComments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shared/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a share link as a coach: the share becomes yours (the first to open it) */
    post: operations['claimShareLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shared': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sessions shared with you that you can open now */
    get: operations['listSharedWithMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shared/interviews/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A session shared with you, read-only: its answers, recordings, transcripts and feedback */
    get: operations['getSharedInterview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shared/recordings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Play back a recording of a session shared with you (supports Range requests for seeking) */
    get: operations['getSharedRecording'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The teams you are a member of, with your role */
    get: operations['listTeams'];
    put?: never;
    /** Create a team; you are its first owner */
    post: operations['createTeam'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A team you are in: its members and (for owners) its pending invitations */
    get: operations['getTeam'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite someone by email (owners only); the invitation expires */
    post: operations['inviteToTeam'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/invitations/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw a pending invitation (owners only) */
    delete: operations['revokeTeamInvitation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member (owners), or leave the team (your own id); a team keeps an owner */
    delete: operations['removeTeamMember'];
    options?: never;
    head?: never;
    /** Change a member's role (owners only; a team keeps an owner) */
    patch: operations['changeTeamRole'];
    trace?: never;
  };
  '/api/v1/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitations to teams addressed to your email, waiting for your answer */
    get: operations['listMyInvitations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation addressed to you: you join the team */
    post: operations['acceptInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline an invitation addressed to you */
    post: operations['declineInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/study/checklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your self-study checklist: every question with where you stand, and progress per category */
    get: operations['getStudyChecklist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/study/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The flash cards to study now, in order, with due counts
     * @description Learning cards due first (by due time), then reviews due today (by due date), then new cards within the daily limit. The study day turns over at 4 a.m. in your time zone: send utcOffset.
     */
    get: operations['getStudyQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/study/cards/{questionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A question's flash card and its latest reviews */
    get: operations['getStudyCard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/study/cards/{questionId}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Grade a flash card: Again, Hard, Good or Easy */
    post: operations['gradeStudyCard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/study/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your daily study limits */
    get: operations['getStudySettings'];
    /** Set your daily study limits */
    put: operations['updateStudySettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a resumable upload of a recording (tus 1.0 creation; length may be deferred) */
    post: operations['createUpload'];
    delete?: never;
    /** The tus versions, extensions and maximum size this server supports */
    options: operations['getUploadOptions'];
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Abandon an unfinished upload */
    delete: operations['deleteUpload'];
    options?: never;
    head?: never;
    /** Append bytes to your upload at Upload-Offset (application/offset+octet-stream) */
    patch: operations['appendToUpload'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    OwnQuestionInput: {
      prompt: string;
      /** @enum {string} */
      category:
        | 'api-design'
        | 'architecture'
        | 'testing'
        | 'design-patterns'
        | 'code-quality'
        | 'databases'
        | 'security'
        | 'concurrency'
        | 'system-design'
        | 'devops'
        | 'web-fundamentals'
        | 'behavioral';
      /** @enum {string} */
      level: 'junior' | 'mid' | 'senior';
      /** @enum {string} */
      round: 'background' | 'concepts' | 'design' | 'coding' | 'code-review' | 'behavioral';
      /** @default [] */
      tags?: string[];
      /** @default [] */
      aliases?: string[];
      targetSeconds: number;
      modelAnswer: string;
      keyPoints: {
        id: string;
        label: string;
        weight: number;
        evidence: string[];
        probe: string;
      }[];
      /** @default [] */
      misconceptions?: {
        id: string;
        claim: string;
        signals: string[];
        correction: string;
      }[];
      /** @default [] */
      redFlags?: string[];
      /** @default [] */
      greatAnswerAdds?: string[];
    };
    InterviewSettingsInput: {
      /**
       * @default mixed
       * @enum {string}
       */
      round?: 'background' | 'concepts' | 'design' | 'behavioral' | 'mixed';
      /**
       * @default mid
       * @enum {string}
       */
      level?: 'junior' | 'mid' | 'senior';
      /** @default [] */
      categories?: (
        | 'api-design'
        | 'architecture'
        | 'testing'
        | 'design-patterns'
        | 'code-quality'
        | 'databases'
        | 'security'
        | 'concurrency'
        | 'system-design'
        | 'devops'
        | 'web-fundamentals'
        | 'behavioral'
      )[];
      /** @default 15 */
      minutes?: number;
    };
    /** @description Daily limits of the study queue */
    StudyLimitsInput: {
      /** @description New cards introduced per day */
      newPerDay: number;
      /** @description Reviews answered per day */
      reviewsPerDay: number;
    };
    /** @description RFC 9457 problem details; some problems add members of their own (such as `currentVersion`). */
    Problem: {
      /** @description A URI naming the kind of problem; stable, so clients may switch on it */
      type: string;
      /** @description A short summary of the kind of problem */
      title: string;
      /** @description The HTTP status code */
      status: number;
      /** @description What went wrong with this request, in words a person can act on */
      detail?: string;
      /** @description The request path that failed */
      instance?: string;
      /** @description The stable code of the problem: the last segment of `type` */
      code?: string;
      /** @description For a request that is not valid: each invalid field, as `body.name`, `query.limit`… */
      errors?: {
        field: string;
        message: string;
      }[];
    } & {
      [key: string]: unknown;
    };
    User: {
      id: string;
      email: string;
      name: string;
      /** @enum {string} */
      role: 'candidate' | 'coach' | 'admin';
    };
    Session: {
      user: components['schemas']['User'];
    };
    CurrentSession: {
      /** @description Null when nobody is signed in */
      user: components['schemas']['User'] | null;
    };
    QuestionSummary: {
      id: string;
      prompt: string;
      /** @enum {string} */
      category:
        | 'api-design'
        | 'architecture'
        | 'testing'
        | 'design-patterns'
        | 'code-quality'
        | 'databases'
        | 'security'
        | 'concurrency'
        | 'system-design'
        | 'devops'
        | 'web-fundamentals'
        | 'behavioral';
      /** @enum {string} */
      level: 'junior' | 'mid' | 'senior';
      /** @enum {string} */
      round: 'background' | 'concepts' | 'design' | 'coding' | 'code-review' | 'behavioral';
      tags: string[];
      targetSeconds: number;
      /** @enum {string} */
      source: 'bank' | 'own';
      keyPoints: {
        id: string;
        label: string;
      }[];
    };
    Question: {
      id: string;
      prompt: string;
      /** @enum {string} */
      category:
        | 'api-design'
        | 'architecture'
        | 'testing'
        | 'design-patterns'
        | 'code-quality'
        | 'databases'
        | 'security'
        | 'concurrency'
        | 'system-design'
        | 'devops'
        | 'web-fundamentals'
        | 'behavioral';
      /** @enum {string} */
      level: 'junior' | 'mid' | 'senior';
      /** @enum {string} */
      round: 'background' | 'concepts' | 'design' | 'coding' | 'code-review' | 'behavioral';
      /** @default [] */
      tags: string[];
      /** @default [] */
      aliases: string[];
      targetSeconds: number;
      modelAnswer: string;
      keyPoints: {
        id: string;
        label: string;
        weight: number;
        evidence: string[];
        probe: string;
      }[];
      /** @default [] */
      misconceptions: {
        id: string;
        claim: string;
        signals: string[];
        correction: string;
      }[];
      /** @default [] */
      redFlags: string[];
      /** @default [] */
      greatAnswerAdds: string[];
      /** @enum {string} */
      source: 'bank' | 'own';
      retired: boolean;
    };
    Token: {
      id: string;
      name: string;
      prefix: string;
      createdAt: string;
      lastUsedAt: string | null;
      expiresAt: string | null;
      /** @enum {string} */
      scope: 'read' | 'write' | 'admin';
    };
    /** @description The analysis of one answer: every number with its evidence */
    AnswerFeedback: {
      questionId: string;
      /** @enum {string} */
      verdict: 'assessed' | 'not-enough-to-assess' | 'off-topic';
      scores: {
        /** @description 0–100 */
        overall: number;
        /** @description 0–100 */
        content: number;
        /** @description 0–100 */
        structure: number;
        /** @description Null for a typed answer */
        delivery: number | null;
      };
      explanations: {
        overall: string;
        content: string;
        structure: string;
        delivery: string | null;
      };
      keyPoints: {
        id: string;
        label: string;
        weight: number;
        covered: boolean;
        /** @description How firmly the answer makes the point, 0–1 */
        strength: number;
        /** @description The sentence that makes the point, quoted from the answer */
        evidence: string | null;
        /** @description The answer explicitly denies the point */
        denied: boolean;
        /** @description What an interviewer would ask to draw the point out */
        probe: string;
        /** @description Made in a follow-up answer, after the prompt */
        afterPrompt?: boolean;
      }[];
      misconceptions: {
        id: string;
        claim: string;
        correction: string;
        sentence: string;
      }[];
      depth: {
        /** @enum {string} */
        kind: 'trade-offs' | 'failure-cases' | 'concrete-example';
        found: boolean;
        evidence: string | null;
      }[];
      structure: {
        /** @enum {string} */
        kind: 'star' | 'design-steps' | 'explanation';
        parts: {
          id: string;
          label: string;
          found: boolean;
          evidence: string | null;
        }[];
      };
      substance: {
        wordCount: number;
        sentenceCount: number;
        listShare: number;
        verbsPerClause: number;
        fillerShare: number;
        emptySentenceShare: number;
        /** @description Length against the question's target length (1 = on target) */
        lengthRatio: number;
        buzzwordList: boolean;
        admitsNotKnowing: boolean;
        /** @default false */
        addressesGrader: boolean;
        /** @description Sentences that make sweeping claims */
        overclaims: string[];
      };
      relevance: {
        topicShare: number;
        /** @description The bank question the answer seems to address instead */
        seemsToAnswer: {
          id: string;
          prompt: string;
        } | null;
        rankRatio: number | null;
      };
      strengths: string[];
      improvements: string[];
      /** @description For a follow-up answer: the point the interviewer probed and whether the answer made it */
      followUp?: {
        keyPointId: string;
        label: string;
        /** @description The answer made the probed point */
        made: boolean;
        evidence: string | null;
      };
      /** @description The operator's language model's note, when one is configured; it never changes the scores */
      llm: {
        narrative: string;
        followUpQuestions: string[];
        model: string;
      } | null;
    };
    /** @description A typed answer with its analysis, kept in your history */
    Analysis: {
      id: string;
      questionId: string;
      answer: string;
      createdAt: string;
      analysis: components['schemas']['AnswerFeedback'];
    };
    RecordingMeta: {
      id: string;
      answerId: string | null;
      mime: string;
      bytes: number;
      /** @description SHA-256 (hex) of the bytes as uploaded, before the server fixed the container */
      sha256: string;
      durationSec: number | null;
      createdAt: string;
    };
    SpokenAnswer: {
      /** @description What the recogniser heard */
      text: string;
      transcript: {
        text: string;
        words: {
          word: string;
          /** @description Seconds from the start of the recording */
          start: number;
          /** @description Seconds from the start of the recording */
          end: number;
          confidence: number;
        }[];
        confidence: number;
        engine: string;
      };
      delivery: {
        durationSec: number;
        wordCount: number;
        wordsPerMinute: number;
        fillerCount: number;
        fillerPer100Words: number;
        fillers: {
          phrase: string;
          /** @description The index of its first word */
          index: number;
          /** @description How many words it spans */
          length: number;
          /** @description Seconds from the start of the recording */
          start: number;
        }[];
        longPauses: number;
        pauses: {
          /** @description Seconds from the start of the recording */
          start: number;
          /** @description Seconds from the start of the recording */
          end: number;
          durationSec: number;
          afterWord: string;
        }[];
        hedgeCount: number;
        hedgesPer100Words: number;
        hedges: {
          phrase: string;
          /** @description The index of its first word */
          index: number;
          /** @description How many words it spans */
          length: number;
          /** @description Seconds from the start of the recording */
          start: number;
        }[];
        targetSeconds: number | null;
        lengthRatio: number | null;
      };
      deliveryScore: {
        /** @description 0–100 */
        score: number;
        explanation?: string;
      };
      /** @description The recogniser was unsure: the candidate should check the transcript */
      needsReview: boolean;
    };
    InterviewSettings: {
      /**
       * @default mixed
       * @enum {string}
       */
      round: 'background' | 'concepts' | 'design' | 'behavioral' | 'mixed';
      /**
       * @default mid
       * @enum {string}
       */
      level: 'junior' | 'mid' | 'senior';
      /** @default [] */
      categories: (
        | 'api-design'
        | 'architecture'
        | 'testing'
        | 'design-patterns'
        | 'code-quality'
        | 'databases'
        | 'security'
        | 'concurrency'
        | 'system-design'
        | 'devops'
        | 'web-fundamentals'
        | 'behavioral'
      )[];
      /** @default 15 */
      minutes: number;
    };
    CameraPresence: {
      framesAnalysed: number;
      secondsCovered: number;
      faceInFrameShare: number;
      lookingAtCameraShare: number;
      reliable: boolean;
      score: number | null;
      explanation: string;
      improvement: string | null;
    };
    InterviewTurn: {
      turnId: string;
      questionId: string;
      /** @enum {string} */
      kind: 'question' | 'follow-up';
      prompt: string;
      /** @enum {string} */
      mode: 'typed' | 'audio' | 'video';
      /** @enum {string} */
      status: 'recording' | 'queued' | 'analysed' | 'failed';
      answerText: string | null;
      recordingId: string | null;
      /** @description Null until the answer is analysed */
      analysis: components['schemas']['AnswerFeedback'] | null;
      /** @description For a spoken answer, once transcribed */
      spoken: components['schemas']['SpokenAnswer'] | null;
      /** @description Camera presence of a video answer, with its feedback; null for other answers and without camera data */
      camera: components['schemas']['CameraPresence'] | null;
      error: string | null;
    };
    Interview: {
      id: string;
      /** @enum {string} */
      status: 'active' | 'completed';
      createdAt: string;
      /** @description The interview whose questions this one asks again, for a retake */
      retakeOf: string | null;
      settings: components['schemas']['InterviewSettings'];
      plan: {
        questionId: string;
        /** @enum {string} */
        category:
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral';
        /** @enum {string} */
        round: 'background' | 'concepts' | 'design' | 'coding' | 'code-review' | 'behavioral';
        targetSeconds: number;
        prompt: string;
      }[];
      /** @description How long the interview has been in its phase: thinking time and the answer timer survive a reload */
      secondsInPhase: number;
      state: {
        /** @enum {string} */
        phase: 'intro' | 'asking' | 'answering' | 'reviewing' | 'wrap-up' | 'completed';
        questionIndex: number;
        turn: {
          id: string;
          questionIndex: number;
          /** @enum {string} */
          kind: 'question' | 'follow-up';
          questionId: string;
          probe: {
            keyPointId: string;
            text: string;
          } | null;
          tip: string | null;
        } | null;
        followUpsAsked: number;
        probedKeyPoints: string[];
        paused: boolean;
        version: number;
      };
      current: {
        turnId: string;
        /** @enum {string} */
        kind: 'question' | 'follow-up';
        questionId: string;
        prompt: string;
        tip: string | null;
        /** @enum {string} */
        category:
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral';
        targetSeconds: number;
      } | null;
      turns: components['schemas']['InterviewTurn'][];
      /** @description A full loop's hands-on rounds after the conversation: a coding problem and a pull request to review */
      handsOn: {
        /** @enum {string} */
        kind: 'coding' | 'review';
        /** @description The coding problem or the review exercise */
        id: string;
        title: string;
        minutes: number;
        /** @description The best submitted attempt (coding) or review for this interview; null until one is in */
        result: {
          id: string;
          overall: number;
        } | null;
      }[];
    };
    InterviewListItem: {
      id: string;
      /** @enum {string} */
      status: 'active' | 'completed';
      createdAt: string;
      retakeOf: string | null;
      settings: components['schemas']['InterviewSettings'];
      questionCount: number;
    };
    DimensionScores: {
      content: number | null;
      structure: number | null;
      delivery: number | null;
    };
    InterviewSummary: {
      overall: number | null;
      byDimension: components['schemas']['DimensionScores'];
      questions: {
        questionId: string;
        prompt: string;
        /** @enum {string} */
        category:
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral';
        overall: number | null;
        coveredKeyPoints: string[];
        missedKeyPoints: {
          id: string;
          label: string;
          probe: string;
        }[];
        /** @description Key points made only after a follow-up */
        recoveredInFollowUp: string[];
      }[];
      weakestCategory:
        | (
            | 'api-design'
            | 'architecture'
            | 'testing'
            | 'design-patterns'
            | 'code-quality'
            | 'databases'
            | 'security'
            | 'concurrency'
            | 'system-design'
            | 'devops'
            | 'web-fundamentals'
            | 'behavioral'
          )
        | null;
      strongestCategory:
        | (
            | 'api-design'
            | 'architecture'
            | 'testing'
            | 'design-patterns'
            | 'code-quality'
            | 'databases'
            | 'security'
            | 'concurrency'
            | 'system-design'
            | 'devops'
            | 'web-fundamentals'
            | 'behavioral'
          )
        | null;
      nextSteps: string[];
      /** @description For a retake: the scores of the interview it retakes */
      previousAttempt: {
        interviewId: string;
        createdAt: string;
        overall: number | null;
        byDimension: components['schemas']['DimensionScores'];
      } | null;
    };
    ProblemSummary: {
      id: string;
      title: string;
      /** @enum {string} */
      level: 'junior' | 'mid' | 'senior';
      tags: string[];
      languages: ('typescript' | 'javascript')[];
    };
    /** @description A coding problem as a candidate sees it: no hidden tests, no reference */
    CodingProblem: {
      id: string;
      title: string;
      /** @enum {string} */
      level: 'junior' | 'mid' | 'senior';
      tags: string[];
      /** @enum {string} */
      kind: 'function' | 'class';
      /** @description The function or class name the tests call */
      entry: string;
      /** @description Markdown */
      statement: string;
      starter: {
        typescript: string;
        javascript: string;
      };
      visibleTests: {
        name: string;
        /** @description Any JSON value */
        input: unknown;
        /** @description Any JSON value */
        expected: unknown;
        throws: boolean;
      }[];
      hiddenTestCount: number;
      targetComplexity: {
        time: string;
        space: string;
      };
    };
    CodeCheckReport: {
      problemId: string;
      /** @enum {string} */
      language: 'typescript' | 'javascript';
      tests: {
        visible: {
          passed: number;
          total: number;
        };
        hidden: {
          passed: number;
          total: number;
        };
      };
      results: {
        name: string;
        /** @enum {string} */
        group: 'visible' | 'hidden' | 'large' | 'custom';
        passed: boolean;
        message?: string;
        ms?: number;
        /** @description Any JSON value */
        expected?: unknown;
        /** @description Any JSON value */
        actual?: unknown;
        /** @enum {string} */
        stopped?: 'timeout' | 'memory' | 'output' | 'forbidden';
      }[];
      failures: {
        test: string;
        message: string;
      }[];
      efficiency: {
        /** @enum {string} */
        verdict: 'optimal' | 'acceptable' | 'slow' | 'too-slow' | 'unknown';
        detail: string;
      };
      quality: {
        findings: {
          rule: string;
          line: number;
          message: string;
        }[];
      };
      scores: {
        correctness: number;
        efficiency: number;
        quality: number;
        overall: number;
      };
      stopped: {
        /** @enum {string} */
        reason: 'timeout' | 'memory' | 'output' | 'forbidden';
        detail: string;
      } | null;
      compileError: {
        message: string;
        line: number | null;
      } | null;
      output: string;
      strengths: string[];
      improvements: string[];
    };
    /** @description An answer to the interviewer's question after a submit, analysed */
    CodingFollowUpAnswer: {
      followUpId: string;
      prompt: string;
      answer: string;
      analysis: {
        questionId: string;
        /** @enum {string} */
        verdict: 'assessed' | 'not-enough-to-assess' | 'off-topic';
        scores: {
          /** @description 0–100 */
          overall: number;
          /** @description 0–100 */
          content: number;
          /** @description 0–100 */
          structure: number;
          /** @description Null for a typed answer */
          delivery: number | null;
        };
        explanations: {
          overall: string;
          content: string;
          structure: string;
          delivery: string | null;
        };
        keyPoints: {
          id: string;
          label: string;
          weight: number;
          covered: boolean;
          /** @description How firmly the answer makes the point, 0–1 */
          strength: number;
          /** @description The sentence that makes the point, quoted from the answer */
          evidence: string | null;
          /** @description The answer explicitly denies the point */
          denied: boolean;
          /** @description What an interviewer would ask to draw the point out */
          probe: string;
        }[];
        misconceptions: {
          id: string;
          claim: string;
          correction: string;
          sentence: string;
        }[];
        depth: {
          /** @enum {string} */
          kind: 'trade-offs' | 'failure-cases' | 'concrete-example';
          found: boolean;
          evidence: string | null;
        }[];
        structure: {
          /** @enum {string} */
          kind: 'star' | 'design-steps' | 'explanation';
          parts: {
            id: string;
            label: string;
            found: boolean;
            evidence: string | null;
          }[];
        };
        substance: {
          wordCount: number;
          sentenceCount: number;
          listShare: number;
          verbsPerClause: number;
          fillerShare: number;
          emptySentenceShare: number;
          /** @description Length against the question's target length (1 = on target) */
          lengthRatio: number;
          buzzwordList: boolean;
          admitsNotKnowing: boolean;
          /** @default false */
          addressesGrader: boolean;
          /** @description Sentences that make sweeping claims */
          overclaims: string[];
        };
        relevance: {
          topicShare: number;
          /** @description The bank question the answer seems to address instead */
          seemsToAnswer: {
            id: string;
            prompt: string;
          } | null;
          rankRatio: number | null;
        };
        strengths: string[];
        improvements: string[];
      };
      answeredAt: string;
    };
    CodeAttempt: {
      id: string;
      problemId: string;
      /** @enum {string} */
      language: 'typescript' | 'javascript';
      /** @enum {string} */
      mode: 'run' | 'submit';
      /** @enum {string} */
      status: 'queued' | 'done' | 'failed';
      source: string;
      createdAt: string;
      finishedAt: string | null;
      /** @description The full loop whose coding round this is, if any */
      interviewId: string | null;
      error: string | null;
      report: components['schemas']['CodeCheckReport'] | null;
      /** @description After a submit: what the interviewer asks next and what good code shows */
      debrief: {
        followUps: string[];
        goodCode: string[];
        complexity: {
          time: string;
          space: string;
        };
        /** @description What the interviewer asks next: complexity, edge cases, then the problem’s own */
        questions: {
          id: string;
          prompt: string;
        }[];
        answers: components['schemas']['CodingFollowUpAnswer'][];
      } | null;
    };
    ReviewExerciseSummary: {
      id: string;
      title: string;
      /** @enum {string} */
      level: 'junior' | 'mid' | 'senior';
      languages: ('typescript' | 'javascript' | 'python' | 'java' | 'go' | 'sql')[];
      minutes: number;
    };
    /** @description A pull request to review; line numbers are the new side of the diff */
    ReviewExercise: {
      id: string;
      title: string;
      /** @enum {string} */
      level: 'junior' | 'mid' | 'senior';
      minutes: number;
      /** @description Markdown, as the author wrote it */
      description: string;
      languages: ('typescript' | 'javascript' | 'python' | 'java' | 'go' | 'sql')[];
      files: {
        path: string;
        language: string;
        /** @enum {string} */
        status: 'added' | 'modified';
        additions: number;
        deletions: number;
        hunks: {
          header: string;
          lines: {
            /** @enum {string} */
            kind: 'context' | 'added' | 'removed';
            text: string;
            oldLine: number | null;
            newLine: number | null;
          }[];
        }[];
      }[];
    };
    ReviewSubmission: {
      comments: {
        file: string;
        line: number;
        endLine?: number;
        body: string;
      }[];
      summary: string;
      /** @enum {string} */
      verdict: 'approve' | 'comment' | 'request-changes';
    };
    ReviewCheck: {
      exerciseId: string;
      found: {
        issueId: string;
        /** @enum {string} */
        severity: 'blocker' | 'major' | 'minor';
        comment: {
          file: string;
          line: number;
          endLine?: number;
          body: string;
        };
        explanation: number;
        evidence: string[];
      }[];
      missed: {
        issueId: string;
        /** @enum {string} */
        severity: 'blocker' | 'major' | 'minor';
      }[];
      noise: number;
      noiseComments: {
        comment: {
          file: string;
          line: number;
          endLine?: number;
          body: string;
        };
        reason: string;
      }[];
      scores: {
        recall: number;
        precision: number;
        explanation: number;
        overall: number;
      };
      verdict: {
        /** @enum {string} */
        given: 'approve' | 'comment' | 'request-changes';
        /** @enum {string} */
        expected: 'approve' | 'comment' | 'request-changes';
        fits: boolean;
      };
      summaryPrioritises: boolean;
      followUp: string | null;
      strengths: string[];
      improvements: string[];
    };
    ReviewSubmissionResult: {
      id: string;
      exerciseId: string;
      createdAt: string;
      /** @description The full loop whose review round this is, if any */
      interviewId: string | null;
      submission: components['schemas']['ReviewSubmission'];
      result: components['schemas']['ReviewCheck'];
      /** @description What was planted, the lines that only look wrong, and the model review */
      debrief: {
        issues: {
          id: string;
          file: string;
          lines: [number, number];
          /** @enum {string} */
          kind:
            | 'correctness'
            | 'error-handling'
            | 'security'
            | 'authorization'
            | 'concurrency'
            | 'performance'
            | 'coupling'
            | 'testing'
            | 'api-contract'
            | 'readability';
          /** @enum {string} */
          severity: 'blocker' | 'major' | 'minor';
          title: string;
          why: string;
          fix: string;
        }[];
        fine: {
          file: string;
          lines: [number, number];
          why: string;
        }[];
        modelReview: components['schemas']['ReviewSubmission'];
      } | null;
    };
    MissedKeyPoint: {
      label: string;
      /** @enum {string} */
      category:
        | 'api-design'
        | 'architecture'
        | 'testing'
        | 'design-patterns'
        | 'code-quality'
        | 'databases'
        | 'security'
        | 'concurrency'
        | 'system-design'
        | 'devops'
        | 'web-fundamentals'
        | 'behavioral';
      /** @description Answers that missed the point */
      missed: number;
      /** @description Answers to questions that ask for it */
      asked: number;
      /** @description Where it was missed, the most recent first */
      questions: {
        id: string;
        prompt: string;
      }[];
    };
    Recommendation: {
      id: string;
      title: string;
      reason: string;
      action:
        | {
            /** @constant */
            kind: 'interview';
            settings: {
              /** @enum {string} */
              round: 'background' | 'concepts' | 'design' | 'behavioral' | 'mixed';
              /** @enum {string} */
              level: 'junior' | 'mid' | 'senior';
              categories: (
                | 'api-design'
                | 'architecture'
                | 'testing'
                | 'design-patterns'
                | 'code-quality'
                | 'databases'
                | 'security'
                | 'concurrency'
                | 'system-design'
                | 'devops'
                | 'web-fundamentals'
                | 'behavioral'
              )[];
              minutes: number;
            };
          }
        | {
            /** @constant */
            kind: 'questions';
            questions: {
              id: string;
              prompt: string;
            }[];
          }
        | {
            /** @constant */
            kind: 'coding';
            problemId: string;
            title: string;
          }
        | {
            /** @constant */
            kind: 'review';
            exerciseId: string;
            title: string;
          };
    };
    /** @description Scores over time, volume and streak, weakest areas and what to practise next */
    Progress: {
      timeZone: string;
      /** @description YYYY-MM-DD in your time zone */
      today: string;
      totals: {
        answers: number;
        coding: number;
        reviews: number;
        daysPractised: number;
        average: number | null;
      };
      streak: {
        /** @description Consecutive days practised up to today, or up to yesterday */
        current: number;
        longest: number;
        practisedToday: boolean;
        lastDay: string | null;
      };
      volume: {
        days: {
          /** @description YYYY-MM-DD in your time zone */
          date: string;
          answers: number;
          attempts: number;
        }[];
        weeks: {
          /** @description The Monday */
          week: string;
          answers: number;
          attempts: number;
        }[];
      };
      byDay: {
        /** @description YYYY-MM-DD in your time zone */
        date: string;
        answers: number;
        overall: number | null;
        content: number | null;
        structure: number | null;
        delivery: number | null;
      }[];
      categories: {
        /** @enum {string} */
        category:
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral';
        answers: number;
        average: number;
        /** @description The mean of the last five answers */
        recent: number;
        /** @description Recent minus the mean of the first five; null under six answers */
        change: number | null;
        series: {
          /** @description YYYY-MM-DD in your time zone */
          date: string;
          overall: number;
          answers: number;
        }[];
      }[];
      coding: {
        attempts: number;
        average: number | null;
        series: {
          /** @description YYYY-MM-DD in your time zone */
          date: string;
          overall: number;
          attempts: number;
        }[];
      };
      review: {
        attempts: number;
        average: number | null;
        series: {
          /** @description YYYY-MM-DD in your time zone */
          date: string;
          overall: number;
          attempts: number;
        }[];
      };
      weakAreas: {
        /** @enum {string} */
        category:
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral';
        average: number;
        answers: number;
        missedPoints: components['schemas']['MissedKeyPoint'][];
        summary: string;
      }[];
      missedPoints: components['schemas']['MissedKeyPoint'][];
      misconceptions: {
        id: string;
        claim: string;
        correction: string;
        times: number;
        questions: {
          id: string;
          prompt: string;
        }[];
      }[];
      recommendations: components['schemas']['Recommendation'][];
    };
    HistoryItem: {
      /** @description The answer id for /history/answers/{id}; a code attempt or review id otherwise */
      id: string;
      /** @enum {string} */
      kind: 'interview-answer' | 'typed-answer' | 'coding' | 'review';
      createdAt: string;
      /** @description The question, problem or exercise */
      itemId: string;
      title: string;
      category:
        | (
            | 'api-design'
            | 'architecture'
            | 'testing'
            | 'design-patterns'
            | 'code-quality'
            | 'databases'
            | 'security'
            | 'concurrency'
            | 'system-design'
            | 'devops'
            | 'web-fundamentals'
            | 'behavioral'
          )
        | null;
      round: ('background' | 'concepts' | 'design' | 'coding' | 'code-review' | 'behavioral') | null;
      score: number | null;
      interviewId: string | null;
      mode: ('typed' | 'audio' | 'video') | null;
      /** @description The start of the answer, code or review summary */
      excerpt: string;
    };
    HistoryAnswer: {
      id: string;
      /** @enum {string} */
      source: 'interview' | 'typed';
      createdAt: string;
      questionId: string;
      interviewId: string | null;
      prompt: string;
      category:
        | (
            | 'api-design'
            | 'architecture'
            | 'testing'
            | 'design-patterns'
            | 'code-quality'
            | 'databases'
            | 'security'
            | 'concurrency'
            | 'system-design'
            | 'devops'
            | 'web-fundamentals'
            | 'behavioral'
          )
        | null;
      round: ('background' | 'concepts' | 'design' | 'coding' | 'code-review' | 'behavioral') | null;
      /** @description The answer: its recording (while stored), transcript and feedback */
      answer: components['schemas']['InterviewTurn'];
      /** @description The interviewer's follow-ups on it, and the answers to them */
      followUps: components['schemas']['InterviewTurn'][];
    };
    QuestionAttempts: {
      questionId: string;
      prompt: string;
      category:
        | (
            | 'api-design'
            | 'architecture'
            | 'testing'
            | 'design-patterns'
            | 'code-quality'
            | 'databases'
            | 'security'
            | 'concurrency'
            | 'system-design'
            | 'devops'
            | 'web-fundamentals'
            | 'behavioral'
          )
        | null;
      round: ('background' | 'concepts' | 'design' | 'coding' | 'code-review' | 'behavioral') | null;
      /** @description Oldest first */
      attempts: components['schemas']['HistoryAnswer'][];
    };
    KitQuestion: {
      key: string;
      /** @enum {string} */
      source: 'bank' | 'own';
      /** @enum {string} */
      competency:
        | 'api-design'
        | 'architecture'
        | 'testing'
        | 'design-patterns'
        | 'code-quality'
        | 'databases'
        | 'security'
        | 'concurrency'
        | 'system-design'
        | 'devops'
        | 'web-fundamentals'
        | 'behavioral';
      prompt: string;
      sampleAnswer: string;
      keyPoints: {
        id: string;
        label: string;
        weight: number;
      }[];
      redFlags: string[];
      greatAnswerAdds: string[];
      targetSeconds: number;
      scale: {
        rating: 1 | 2 | 3 | 4;
        label: string;
        description: string;
      }[];
    };
    KitList: {
      items: {
        id: string;
        /** @description The team that shares the kit; null for a personal kit */
        teamId: string | null;
        role: string;
        /** @enum {string} */
        level: 'junior' | 'mid' | 'senior';
        competencies: (
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral'
        )[];
        questionCount: number;
        totalSeconds: number;
        updatedAt: string;
      }[];
    };
    /** @description A kit with each question resolved: what a good answer shows, red flags, scale */
    Kit: {
      id: string;
      /** @description The team that shares the kit; null for a personal kit */
      teamId: string | null;
      role: string;
      /** @enum {string} */
      level: 'junior' | 'mid' | 'senior';
      competencies: (
        | 'api-design'
        | 'architecture'
        | 'testing'
        | 'design-patterns'
        | 'code-quality'
        | 'databases'
        | 'security'
        | 'concurrency'
        | 'system-design'
        | 'devops'
        | 'web-fundamentals'
        | 'behavioral'
      )[];
      questionCount: number;
      totalSeconds: number;
      updatedAt: string;
      discussionMinutes: number;
      /** @description Whether you may change the kit (its author, or an owner of its team) */
      canEdit: boolean;
      questions: components['schemas']['KitQuestion'][];
      plan: {
        items: {
          title: string;
          startsAtSeconds: number;
          seconds: number;
        }[];
        questionSeconds: number;
        discussionSeconds: number;
        totalSeconds: number;
      };
      createdAt: string;
    };
    KitSuggestions: {
      items: {
        id: string;
        prompt: string;
        /** @enum {string} */
        category:
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral';
        /** @enum {string} */
        level: 'junior' | 'mid' | 'senior';
        targetSeconds: number;
        keyPoints: string[];
      }[];
    };
    Scorecard: {
      id: string;
      kitId: string;
      candidate: string;
      interviewer: string;
      entries: {
        questionKey: string;
        keyPointsHeard: string[];
        rating: (1 | 2 | 3 | 4) | null;
        notes: string;
      }[];
      recommendation: ('strong-no' | 'no' | 'yes' | 'strong-yes') | null;
      submitted: boolean;
      /** @description Whether you wrote it (only its author changes it) */
      mine: boolean;
      createdAt: string;
      updatedAt: string;
    };
    ScorecardList: {
      items: components['schemas']['Scorecard'][];
    };
    KitCalibration: {
      candidate: string;
      interviewers: number;
      questions: {
        questionKey: string;
        prompt: string;
        ratings: {
          interviewer: string;
          rating: (1 | 2 | 3 | 4) | null;
        }[];
        min: number | null;
        max: number | null;
        mean: number | null;
        spread: number | null;
        /** @enum {string} */
        agreement: 'agree' | 'close' | 'split' | 'unrated';
        keyPointsHeard: {
          id: string;
          label: string;
          heardBy: number;
        }[];
      }[];
      recommendations: {
        interviewer: string;
        recommendation: ('strong-no' | 'no' | 'yes' | 'strong-yes') | null;
      }[];
      /** @enum {string} */
      recommendationAgreement: 'unanimous' | 'same-side' | 'split' | 'pending';
    };
    KitComparison: {
      questions: {
        key: string;
        prompt: string;
      }[];
      candidates: {
        candidate: string;
        scorecards: number;
        questionMeans: (number | null)[];
        overallMean: number | null;
        recommendations: {
          'strong-no': number;
          no: number;
          yes: number;
          'strong-yes': number;
        };
      }[];
    };
    /** @description The token is shown once; the link expires */
    KitPracticeLink: {
      token: string;
      url: string;
      expiresAt: string;
    };
    /** @description What a candidate practises: the kit's bank questions, no answers */
    KitPractice: {
      role: string;
      /** @enum {string} */
      level: 'junior' | 'mid' | 'senior';
      questions: {
        id: string;
        prompt: string;
        targetSeconds: number;
      }[];
      expiresAt: string;
    };
    /** @description Proposals to review: none is in the kit until you add it */
    KitVariants: {
      /**
       * @description Written by a language model, or similar bank questions
       * @enum {string}
       */
      source: 'model' | 'bank';
      items: {
        /** @description The bank question's id; null for a written one */
        questionId: string | null;
        /** @enum {string} */
        competency:
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral';
        prompt: string;
        sampleAnswer: string;
        keyPoints: string[];
        redFlags: string[];
      }[];
    };
    Share: {
      id: string;
      /** @enum {string} */
      via: 'invitation' | 'link';
      /** @description Null: all your interviews */
      interviewId: string | null;
      /** @description Null for a link nobody has opened yet */
      coach: {
        email: string;
        name: string;
      } | null;
      /** @enum {string} */
      status: 'active' | 'revoked' | 'expired';
      createdAt: string;
      expiresAt: string | null;
      revokedAt: string | null;
    };
    CreatedShare: {
      id: string;
      /** @enum {string} */
      via: 'invitation' | 'link';
      /** @description Null: all your interviews */
      interviewId: string | null;
      /** @description Null for a link nobody has opened yet */
      coach: {
        email: string;
        name: string;
      } | null;
      /** @enum {string} */
      status: 'active' | 'revoked' | 'expired';
      createdAt: string;
      expiresAt: string | null;
      revokedAt: string | null;
      /** @description A link's token and address, shown this once (only its hash is kept); null for an invitation */
      link: {
        token: string;
        url: string;
      } | null;
    };
    SharedSessionItem: {
      interviewId: string;
      shareId: string;
      owner: {
        email: string;
        name: string;
      } | null;
      /** @enum {string} */
      status: 'active' | 'completed';
      createdAt: string;
      settings: components['schemas']['InterviewSettings'];
      expiresAt: string | null;
    };
    ShareComment: {
      id: string;
      turnId: string;
      recordingId: string | null;
      /** @description A moment of the recording; null for a comment on a sentence */
      atSec: number | null;
      sentenceIndex: number | null;
      /** @description The sentence commented on, as it read then */
      quote: string | null;
      body: string;
      author: {
        name: string;
      };
      createdAt: string;
      /** @description When the candidate saw it; null while unread */
      readAt: string | null;
    };
    TeamList: {
      items: {
        id: string;
        name: string;
        /** @enum {string} */
        role: 'owner' | 'interviewer';
        memberCount: number;
        createdAt: string;
      }[];
    };
    TeamInvitation: {
      id: string;
      email: string;
      /** @enum {string} */
      role: 'owner' | 'interviewer';
      /** @enum {string} */
      status: 'pending' | 'accepted' | 'declined' | 'revoked';
      expired: boolean;
      createdAt: string;
      expiresAt: string;
    };
    Team: {
      id: string;
      name: string;
      /**
       * @description The viewer's role in the team
       * @enum {string}
       */
      role: 'owner' | 'interviewer';
      members: {
        userId: string;
        name: string;
        email: string;
        /** @enum {string} */
        role: 'owner' | 'interviewer';
        joinedAt: string;
      }[];
      /** @description Pending invitations (shown to owners only) */
      invitations: components['schemas']['TeamInvitation'][];
      createdAt: string;
    };
    MyInvitations: {
      items: {
        id: string;
        email: string;
        /** @enum {string} */
        role: 'owner' | 'interviewer';
        /** @enum {string} */
        status: 'pending' | 'accepted' | 'declined' | 'revoked';
        expired: boolean;
        createdAt: string;
        expiresAt: string;
        teamId: string;
        teamName: string;
      }[];
    };
    /** @description A flash card of one question, scheduled by FSRS */
    StudyCard: {
      questionId: string;
      /** @enum {string} */
      state: 'new' | 'learning' | 'review' | 'relearning';
      /** @description When the card is next due (ISO-8601) */
      due: string;
      /** @description Days until the chance of recall falls to 90 % (FSRS) */
      stability: number;
      /** @description How hard the card is for you, 1–10 (FSRS) */
      difficulty: number;
      elapsedDays: number;
      /** @description The interval the last review gave (0 while learning) */
      scheduledDays: number;
      learningSteps: number;
      reps: number;
      /** @description Times forgotten after graduating to review */
      lapses: number;
      lastReview: string | null;
    };
    /** @description One grading of a card */
    StudyReview: {
      questionId: string;
      /** @enum {string} */
      grade: 'again' | 'hard' | 'good' | 'easy';
      /**
       * @description A flash card, or the analysis of an answer
       * @enum {string}
       */
      source: 'study' | 'practice';
      /** @enum {string} */
      stateBefore: 'new' | 'learning' | 'review' | 'relearning';
      reviewedAt: string;
      elapsedDays: number;
      scheduledDays: number;
      due: string;
      stability: number;
      difficulty: number;
    };
    /** @description Daily limits of the study queue */
    StudyLimits: {
      /** @description New cards introduced per day */
      newPerDay: number;
      /** @description Reviews answered per day */
      reviewsPerDay: number;
    };
    /** @description Every question you can study with where you stand: not started, practised (answered or studied), or confident (its card reviewed a week or more apart); and the progress per category */
    StudyChecklist: {
      categories: {
        /** @enum {string} */
        category:
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral';
        total: number;
        notStarted: number;
        practised: number;
        confident: number;
      }[];
      items: {
        questionId: string;
        prompt: string;
        /** @enum {string} */
        category:
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral';
        /** @enum {string} */
        level: 'junior' | 'mid' | 'senior';
        /** @enum {string} */
        round: 'background' | 'concepts' | 'design' | 'coding' | 'code-review' | 'behavioral';
        /** @enum {string} */
        state: 'not-started' | 'practised' | 'confident';
        /** @description Answers given in practice, typed or in interviews */
        answers: number;
        lastAnsweredAt: string | null;
        card: {
          /** @enum {string} */
          state: 'new' | 'learning' | 'review' | 'relearning';
          /** @description When the card is next due (ISO-8601) */
          due: string;
          reps: number;
          /** @description Times forgotten after graduating to review */
          lapses: number;
          /** @description The interval the last review gave (0 while learning) */
          scheduledDays: number;
        } | null;
      }[];
    };
    /** @description What to study now, in order: learning cards, reviews, then new cards */
    StudyQueue: {
      /** @description Cards to study now: new (within the daily limit), learning, review */
      counts: {
        new: number;
        learning: number;
        review: number;
      };
      /** @description Cards the daily limits keep for later days */
      heldBack: {
        new: number;
        review: number;
      };
      /** @description With nothing to study now: when the next card is due */
      nextDue: string | null;
      limits: components['schemas']['StudyLimits'];
      /** @description When the study day turns over (4 a.m. your time) */
      dayEndsAt: string;
      cards: {
        questionId: string;
        /** @enum {string} */
        kind: 'learning' | 'review' | 'new';
        /** @enum {string} */
        state: 'new' | 'learning' | 'review' | 'relearning';
        due: string | null;
        /** @description Send it back as expectedReps when grading this showing */
        reps: number;
        lapses: number;
        prompt: string;
        /** @enum {string} */
        category:
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral';
        /** @enum {string} */
        level: 'junior' | 'mid' | 'senior';
        /** @enum {string} */
        round: 'background' | 'concepts' | 'design' | 'coding' | 'code-review' | 'behavioral';
        thinkingSeconds: number;
        /** @description When each grade would bring the card back */
        next: {
          again: {
            due: string;
            minutes: number;
          };
          hard: {
            due: string;
            minutes: number;
          };
          good: {
            due: string;
            minutes: number;
          };
          easy: {
            due: string;
            minutes: number;
          };
        };
      }[];
    };
    /** @description The card after your grade, and the review logged */
    StudyGraded: {
      card: components['schemas']['StudyCard'];
      review: components['schemas']['StudyReview'];
    };
    /** @description A card and its latest reviews, newest first */
    StudyCardHistory: {
      card: components['schemas']['StudyCard'];
      reviews: {
        questionId: string;
        /** @enum {string} */
        grade: 'again' | 'hard' | 'good' | 'easy';
        /**
         * @description A flash card, or the analysis of an answer
         * @enum {string}
         */
        source: 'study' | 'practice';
        /** @enum {string} */
        stateBefore: 'new' | 'learning' | 'review' | 'relearning';
        reviewedAt: string;
        elapsedDays: number;
        scheduledDays: number;
        due: string;
        stability: number;
        difficulty: number;
        /** @description For a grade from practice: the answer's weighted key-point coverage, 0–1 */
        coverage: number | null;
      }[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
            /** @enum {string} */
            db: 'ok';
            version: string;
          };
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'degraded';
            /** @enum {string} */
            db: 'unreachable';
            version: string;
          };
        };
      };
    };
  };
  getLiveness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'live';
            version: string;
          };
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ready';
            /** @enum {string} */
            db: 'ok';
            /** @enum {string} */
            queue: 'running' | 'not-run-here';
            version: string;
          };
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not ready: the database does not answer, or the job queue of a role that runs jobs is not running */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signUp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          password: string;
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An account with this email already exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The password is too easy to guess (see `errors`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many sign-ups from this address in a minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The email or the password is wrong */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many attempts from this address, or too many failed sign-ins for this account */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CurrentSession'];
        };
      };
      /** @description The access token is invalid, expired or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Token'][];
          };
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          expiresInDays?: number;
          /** @enum {string} */
          scope?: 'read' | 'write' | 'admin';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            prefix: string;
            createdAt: string;
            lastUsedAt: string | null;
            expiresAt: string | null;
            /** @enum {string} */
            scope: 'read' | 'write' | 'admin';
            /** @description The secret: shown only in this response */
            token: string;
          };
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Tokens are created from a signed-in browser session; the admin scope is for administrators */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['User'][];
          };
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This needs the admin role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeUserRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          role: 'candidate' | 'coach' | 'admin';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This needs the admin role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This is the last administrator: make another account an administrator first */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The account's password, typed again */
          password?: string;
          /** @description For an account without a password: its email address, typed again to confirm */
          confirmEmail?: string;
        };
      };
    };
    responses: {
      /** @description Deleted; the session cookie is expired */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The password is wrong, or the request came with an access token rather than a browser session */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The account is the last owner of a team others belong to: make another member an owner first */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An account without a password must type its email address to confirm */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listQuestions: {
    parameters: {
      query?: {
        category?:
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral';
        level?: 'junior' | 'mid' | 'senior';
        round?: 'background' | 'concepts' | 'design' | 'coding' | 'code-review' | 'behavioral';
        source?: 'bank' | 'own';
        /** @description Full-text search; results are ranked by relevance */
        q?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['QuestionSummary'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Bearer token is invalid, expired or revoked (send none to browse the bank) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The cursor is not one this API issued */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createQuestion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OwnQuestionInput'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Question'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportQuestions: {
    parameters: {
      query?: {
        scope?: 'own' | 'all';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {number} */
            version: 1;
            questions: {
              id: string;
              prompt: string;
              /** @enum {string} */
              category:
                | 'api-design'
                | 'architecture'
                | 'testing'
                | 'design-patterns'
                | 'code-quality'
                | 'databases'
                | 'security'
                | 'concurrency'
                | 'system-design'
                | 'devops'
                | 'web-fundamentals'
                | 'behavioral';
              /** @enum {string} */
              level: 'junior' | 'mid' | 'senior';
              /** @enum {string} */
              round: 'background' | 'concepts' | 'design' | 'coding' | 'code-review' | 'behavioral';
              /** @default [] */
              tags: string[];
              /** @default [] */
              aliases: string[];
              targetSeconds: number;
              modelAnswer: string;
              keyPoints: {
                id: string;
                label: string;
                weight: number;
                evidence: string[];
                probe: string;
              }[];
              /** @default [] */
              misconceptions: {
                id: string;
                claim: string;
                signals: string[];
                correction: string;
              }[];
              /** @default [] */
              redFlags: string[];
              /** @default [] */
              greatAnswerAdds: string[];
            }[];
          };
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getQuestion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Question'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Bearer token is invalid, expired or revoked (send none to read a bank question) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  replaceQuestion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OwnQuestionInput'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Question'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Questions of the shared bank cannot be changed (or a write from another site, or a read-only token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteQuestion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Questions of the shared bank cannot be removed (or a write from another site, or a read-only token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  importQuestions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Questions as exported; each entry is validated on its own, and any invalid one stops the import */
          questions: unknown[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created: number;
            updated: number;
            renamed: {
              from: string;
              to: string;
            }[];
          };
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Some entries are invalid (see `entries`), or two share an id: nothing was imported */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAnalyses: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Analysis'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The cursor is not one this API issued */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createAnalysis: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          questionId: string;
          answer: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Analysis'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No question with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The question was retired from the bank (or the request holds a NUL character) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description More analyses in a minute than one person practising asks for: wait as Retry-After says */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAnalysis: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Analysis'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRecording: {
    parameters: {
      query?: never;
      header?: {
        /** @description One byte range, e.g. "bytes=0-1023"; other forms get the whole file */
        range?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The whole recording */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'audio/*': string;
          'video/*': string;
        };
      };
      /** @description The requested byte range */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'audio/*': string;
          'video/*': string;
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The range asked for does not start inside the resource */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteRecording: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRecordingMeta: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordingMeta'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInterviews: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['InterviewListItem'][];
          };
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createInterview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InterviewSettingsInput'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interview'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No questions match this round, level and these categories */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  retakeInterview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interview'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInterview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interview'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteInterview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  sendInterviewEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          event: 'start' | 'begin-answer' | 'skip' | 'pause' | 'resume' | 'finish' | 'complete';
          expectedVersion: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interview'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The interview moved on since you last saw it (`currentVersion`), or cannot take this event now */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  submitAnswer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          turnId: string;
          /** @enum {string} */
          mode: 'typed' | 'audio' | 'video';
          text?: string;
          expectedVersion: number;
          camera?: {
            samples: {
              atSeconds: number;
              faceInFrame: boolean;
              lookingAtCamera: boolean;
            }[];
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interview'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The interview moved on since you last saw it (`currentVersion`), or cannot take this event now */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A typed answer needs its text */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  retryAnswerAnalysis: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        turnId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interview'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Only an answer whose analysis failed can be analysed again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  correctTranscript: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        turnId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interview'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No spoken answer with this turn id in this interview */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The first analysis of this answer has not finished */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInterviewSummary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InterviewSummary'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  streamInterview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An event stream: `update` events whose data is JSON naming what changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many open live connections for this account */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProblems: {
    parameters: {
      query?: {
        level?: 'junior' | 'mid' | 'senior';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ProblemSummary'][];
          };
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProblem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CodingProblem'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCodeAttempts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['CodeAttempt'][];
          };
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createCodeAttempt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description A full loop's id, when this is its coding round (the loop must plan this problem) */
          interviewId?: string;
          /** @enum {string} */
          language: 'typescript' | 'javascript';
          source: string;
          /**
           * @default submit
           * @enum {string}
           */
          mode?: 'run' | 'submit';
          /**
           * @description Your own inputs for a run: each the JSON text of the arguments (or the operations)
           * @default []
           */
          customInputs?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CodeAttempt'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A custom input is not a JSON array */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: wait as long as Retry-After says, then try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCodeAttempt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CodeAttempt'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  answerCodingFollowUp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          followUpId: string;
          answer: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CodingFollowUpAnswer'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The attempt is not a submitted, checked one */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: wait as long as Retry-After says, then try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listReviewExercises: {
    parameters: {
      query?: {
        level?: 'junior' | 'mid' | 'senior';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ReviewExerciseSummary'][];
          };
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReviewExercise: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewExercise'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listReviewSubmissions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ReviewSubmissionResult'][];
          };
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  submitReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comments: {
            file: string;
            line: number;
            endLine?: number;
            body: string;
          }[];
          /** @default  */
          summary?: string;
          /** @enum {string} */
          verdict: 'approve' | 'comment' | 'request-changes';
          /** @description A full loop's id, when this is its review round (the loop must plan this exercise) */
          interviewId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewSubmissionResult'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: wait as long as Retry-After says, then try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReviewSubmission: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewSubmissionResult'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProgress: {
    parameters: {
      query?: {
        /** @description Your time zone (IANA name): days, weeks and streaks are counted in it */
        tz?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Progress'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listHistory: {
    parameters: {
      query?: {
        /** @description Words in the question or in the answer */
        q?: string;
        category?:
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral';
        round?: 'background' | 'concepts' | 'design' | 'coding' | 'code-review' | 'behavioral';
        kind?: 'interview-answer' | 'typed-answer' | 'coding' | 'review';
        /** @description Answers given at or after this instant */
        from?: string;
        /** @description Answers given before this instant */
        to?: string;
        minScore?: number;
        maxScore?: number;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['HistoryItem'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getHistoryAnswer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryAnswer'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getQuestionAttempts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        questionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionAttempts'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInterviewReportMarkdown: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report, as a file to save (Content-Disposition: attachment) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/markdown': string;
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInterviewReportPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report, as a file to save (Content-Disposition: attachment) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  sayText: {
    parameters: {
      query: {
        /** @description What to say: a question as the interviewer asks it */
        text: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The text read aloud by flite (voice "slt"), a 16 kHz mono WAV file; the same text, the same bytes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'audio/wav': string;
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description More texts in a minute than an interview asks: wait as Retry-After says */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This server cannot speak: flite is not installed (or failed on this text) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listKits: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KitList'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createKit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          role: string;
          /** @enum {string} */
          level: 'junior' | 'mid' | 'senior';
          /** @default [] */
          competencies?: (
            | 'api-design'
            | 'architecture'
            | 'testing'
            | 'design-patterns'
            | 'code-quality'
            | 'databases'
            | 'security'
            | 'concurrency'
            | 'system-design'
            | 'devops'
            | 'web-fundamentals'
            | 'behavioral'
          )[];
          questions: (
            | {
                /** @enum {string} */
                kind: 'bank';
                questionId: string;
              }
            | {
                /** @enum {string} */
                kind: 'own';
                /** @description An existing own question's key (its scorecards follow it); absent for a new one */
                key?: string;
                /** @enum {string} */
                competency:
                  | 'api-design'
                  | 'architecture'
                  | 'testing'
                  | 'design-patterns'
                  | 'code-quality'
                  | 'databases'
                  | 'security'
                  | 'concurrency'
                  | 'system-design'
                  | 'devops'
                  | 'web-fundamentals'
                  | 'behavioral';
                prompt: string;
                /** @default  */
                sampleAnswer?: string;
                keyPoints: string[];
                /** @default [] */
                redFlags?: string[];
                /** @default [] */
                greatAnswerAdds?: string[];
                /** @default 300 */
                targetSeconds?: number;
              }
          )[];
          /** @default 10 */
          discussionMinutes?: number;
          /**
           * Format: uuid
           * @description When building: the team whose members share the kit (yours alone without); fixed after
           */
          teamId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Kit'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  suggestKitQuestions: {
    parameters: {
      query: {
        level: 'junior' | 'mid' | 'senior';
        /** @description Comma-separated categories */
        competencies?: string;
        /** @description Comma-separated question ids already in the kit */
        exclude?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KitSuggestions'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getKit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Kit'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateKit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          role: string;
          /** @enum {string} */
          level: 'junior' | 'mid' | 'senior';
          /** @default [] */
          competencies?: (
            | 'api-design'
            | 'architecture'
            | 'testing'
            | 'design-patterns'
            | 'code-quality'
            | 'databases'
            | 'security'
            | 'concurrency'
            | 'system-design'
            | 'devops'
            | 'web-fundamentals'
            | 'behavioral'
          )[];
          questions: (
            | {
                /** @enum {string} */
                kind: 'bank';
                questionId: string;
              }
            | {
                /** @enum {string} */
                kind: 'own';
                /** @description An existing own question's key (its scorecards follow it); absent for a new one */
                key?: string;
                /** @enum {string} */
                competency:
                  | 'api-design'
                  | 'architecture'
                  | 'testing'
                  | 'design-patterns'
                  | 'code-quality'
                  | 'databases'
                  | 'security'
                  | 'concurrency'
                  | 'system-design'
                  | 'devops'
                  | 'web-fundamentals'
                  | 'behavioral';
                prompt: string;
                /** @default  */
                sampleAnswer?: string;
                keyPoints: string[];
                /** @default [] */
                redFlags?: string[];
                /** @default [] */
                greatAnswerAdds?: string[];
                /** @default 300 */
                targetSeconds?: number;
              }
          )[];
          /** @default 10 */
          discussionMinutes?: number;
          /**
           * Format: uuid
           * @description When building: the team whose members share the kit (yours alone without); fixed after
           */
          teamId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Kit'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteKit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  printKit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A printable HTML page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getKitPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The kit, as a file to save (Content-Disposition: attachment) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  proposeKitVariants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description What the role does, in a few sentences */
          roleDescription: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KitVariants'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: wait as long as Retry-After says, then try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listScorecards: {
    parameters: {
      query?: {
        candidate?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScorecardList'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createScorecard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          candidate: string;
          /** @description Defaults to the author's name */
          interviewer?: string;
          entries: {
            questionKey: string;
            /** @default [] */
            keyPointsHeard?: string[];
            /** @default null */
            rating?: number | null;
            /** @default  */
            notes?: string;
          }[];
          /** @default null */
          recommendation?: ('strong-no' | 'no' | 'yes' | 'strong-yes') | null;
          /**
           * @description Final: then you see the other interviewers' scores of this candidate; stays submitted
           * @default false
           */
          submitted?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Scorecard'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateScorecard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        scorecardId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          candidate: string;
          /** @description Defaults to the author's name */
          interviewer?: string;
          entries: {
            questionKey: string;
            /** @default [] */
            keyPointsHeard?: string[];
            /** @default null */
            rating?: number | null;
            /** @default  */
            notes?: string;
          }[];
          /** @default null */
          recommendation?: ('strong-no' | 'no' | 'yes' | 'strong-yes') | null;
          /**
           * @description Final: then you see the other interviewers' scores of this candidate; stays submitted
           * @default false
           */
          submitted?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Scorecard'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getKitCalibration: {
    parameters: {
      query: {
        candidate: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KitCalibration'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  compareKitCandidates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KitComparison'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createKitPracticeLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KitPracticeLink'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getKitPractice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KitPractice'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: wait as long as Retry-After says, then try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  startKitPractice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Interview'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: wait as long as Retry-After says, then try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listShares: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Share'][];
          };
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createShare: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @enum {string} */
              via: 'invitation';
              /**
               * Format: email
               * @description The coach's account email
               */
              email: string;
              /** @description The interview to share; null shares all your interviews, future ones too */
              interviewId: string | null;
              /** @description Days the share lasts; a link lasts 7 unless told, an invitation until revoked */
              expiresInDays?: number;
            }
          | {
              /** @enum {string} */
              via: 'link';
              /** @description The interview to share; null shares all your interviews, future ones too */
              interviewId: string | null;
              /** @description Days the share lasts; a link lasts 7 unless told, an invitation until revoked */
              expiresInDays?: number;
            };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedShare'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A share to yourself, an email no account has, or an expiry out of range */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeShare: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Share'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listComments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ShareComment'][];
          };
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              turnId: string;
              /** @description Seconds from the start of the answer’s recording, within its length */
              atSec: number;
              body: string;
            }
          | {
              turnId: string;
              /** @description Which sentence of the transcript, from 0 */
              sentenceIndex: number;
              body: string;
            };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShareComment'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The share was revoked or has expired */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The recording’s length is not known */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A moment past the recording’s end, a sentence the answer does not have, or no recording */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  markCommentsRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Marked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  unreadComments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            total: number;
            sessions: {
              interviewId: string;
              unread: number;
            }[];
          };
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  claimShareLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            shareId: string;
            /** @description The interview shared, or null for all of the candidate’s interviews */
            interviewId: string | null;
          };
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The share was revoked or has expired */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Another coach already opened this link */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your own link */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSharedWithMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SharedSessionItem'][];
          };
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSharedInterview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            interview: components['schemas']['Interview'];
            owner: {
              name: string;
            };
          };
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The share was revoked or has expired */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSharedRecording: {
    parameters: {
      query?: never;
      header?: {
        /** @description One byte range, e.g. "bytes=0-1023"; other forms get the whole file */
        range?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The whole recording */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'audio/*': string;
          'video/*': string;
        };
      };
      /** @description The requested byte range */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'audio/*': string;
          'video/*': string;
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The share was revoked or has expired */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The range asked for does not start inside the resource */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTeams: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamList'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createTeam: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Team'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Team'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  inviteToTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          /**
           * @default interviewer
           * @enum {string}
           */
          role?: 'owner' | 'interviewer';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamInvitation'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request conflicts with the current state of the resource */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeTeamInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        invitationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeTeamMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeTeamRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          role: 'owner' | 'interviewer';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Team'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMyInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyInvitations'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Team'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request conflicts with the current state of the resource */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  declineInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request conflicts with the current state of the resource */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStudyChecklist: {
    parameters: {
      query?: {
        category?:
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral';
        level?: 'junior' | 'mid' | 'senior';
        round?: 'background' | 'concepts' | 'design' | 'coding' | 'code-review' | 'behavioral';
        state?: 'not-started' | 'practised' | 'confident';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StudyChecklist'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStudyQueue: {
    parameters: {
      query?: {
        category?:
          | 'api-design'
          | 'architecture'
          | 'testing'
          | 'design-patterns'
          | 'code-quality'
          | 'databases'
          | 'security'
          | 'concurrency'
          | 'system-design'
          | 'devops'
          | 'web-fundamentals'
          | 'behavioral';
        level?: 'junior' | 'mid' | 'senior';
        round?: 'background' | 'concepts' | 'design' | 'coding' | 'code-review' | 'behavioral';
        /** @description Minutes your local time is ahead of UTC (60 in Paris in winter, -300 in New York) */
        utcOffset?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StudyQueue'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStudyCard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        questionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StudyCardHistory'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  gradeStudyCard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        questionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          grade: 'again' | 'hard' | 'good' | 'easy';
          /** @description The reps the card had when shown: a second grading of the same showing is refused */
          expectedReps?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StudyGraded'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id is visible to you */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The card was graded since it was shown (expectedReps differs): fetch the queue again */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The question was retired from the bank (or the request holds a NUL character) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: wait as long as Retry-After says, then try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStudySettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StudyLimits'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateStudySettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StudyLimitsInput'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StudyLimits'];
        };
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createUpload: {
    parameters: {
      query?: never;
      header: {
        /** @description The tus protocol version, 1.0.0 */
        'tus-resumable': string;
        /** @description The total size, when known */
        'upload-length'?: string;
        /** @description Sent instead of Upload-Length while recording */
        'upload-defer-length'?: '1';
        /** @description filetype (audio/* or video/*), answerId, filename */
        'upload-metadata'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Created; the Location header is the upload URL */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Uploads with the session cookie must come from the Rehearse web app */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The tus protocol version is missing or not supported: send Tus-Resumable: 1.0.0 */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Larger than the server accepts, or your recordings fill your storage quota */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Only audio and video recordings are accepted (metadata "filetype") */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getUploadOptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Tus-Version, Tus-Extension and Tus-Max-Size */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteUpload: {
    parameters: {
      query?: never;
      header: {
        /** @description The tus protocol version, 1.0.0 */
        'tus-resumable': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No unfinished upload with this id is yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The tus protocol version is missing or not supported: send Tus-Resumable: 1.0.0 */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  appendToUpload: {
    parameters: {
      query?: never;
      header: {
        /** @description The tus protocol version, 1.0.0 */
        'tus-resumable': string;
        'upload-offset': string;
        /** @description Declares the final size of a deferred upload */
        'upload-length'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Stored; Upload-Offset is the new offset */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid: a field, the JSON or a header (see `errors`) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: sign in, or send a personal access token as a Bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed: a write with the session cookie from another site, or a read-only token writing */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No unfinished upload with this id is yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Upload-Offset does not match the server's offset: ask with HEAD and resume from there */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The tus protocol version is missing or not supported: send Tus-Resumable: 1.0.0 */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than this operation accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is of a media type this operation does not accept */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
