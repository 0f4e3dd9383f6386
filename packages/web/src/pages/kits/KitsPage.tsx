import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, CATEGORIES, data, LEVELS } from '../../api.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { invitationsQuery, kitKeys, kitsQuery, minutes, teamsQuery } from '../../kits/kit-queries.ts';
import '../../kits/kits.css';

type Level = (typeof LEVELS)[number];
type Category = (typeof CATEGORIES)[number];

/** Invitations to teams waiting for the signed-in user's answer. */
function Invitations() {
  const client = useQueryClient();
  const invitations = useQuery(invitationsQuery);
  const answer = useMutation({
    mutationFn: async ({ id, accept }: { id: string; accept: boolean }) =>
      accept
        ? data(api.POST('/api/v1/invitations/{id}/accept', { params: { path: { id } } }))
        : data(api.POST('/api/v1/invitations/{id}/decline', { params: { path: { id } } })),
    onSuccess: () => void client.invalidateQueries(),
  });
  const items = invitations.data?.items ?? [];
  if (items.length === 0 && !answer.error) return null;
  return (
    <section className="card" aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitations</h2>
      <ProblemMessage error={answer.error} />
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            {i.teamName} invites you as {i.role}
            {i.expired ? ' (expired: ask for a new one)' : ''}{' '}
            <button type="button" className="primary" onClick={() => answer.mutate({ id: i.id, accept: true })}>
              Join {i.teamName}
            </button>{' '}
            <button type="button" onClick={() => answer.mutate({ id: i.id, accept: false })}>
              Decline
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Teams() {
  const client = useQueryClient();
  const teams = useQuery(teamsQuery);
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => data(api.POST('/api/v1/teams', { body: { name } })),
    onSuccess: () => {
      setName('');
      void client.invalidateQueries({ queryKey: kitKeys.teams });
    },
  });
  return (
    <section className="card" aria-labelledby="teams-title">
      <h2 id="teams-title">Teams</h2>
      <p className="hint">A team's kits and scorecards are seen by its members only.</p>
      <ProblemMessage error={teams.error ?? create.error} />
      <ul>
        {(teams.data?.items ?? []).map((team) => (
          <li key={team.id}>
            <Link to="/teams/$id" params={{ id: team.id }}>
              {team.name}
            </Link>{' '}
            <span className="meta">
              {team.role} · {team.memberCount} {team.memberCount === 1 ? 'member' : 'members'}
            </span>
          </li>
        ))}
      </ul>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <label className="grow">
          Team name
          <input value={name} onChange={(e) => setName(e.target.value)} minLength={2} maxLength={120} required />
        </label>
        <button type="submit" disabled={create.isPending || name.trim().length < 2}>
          Create team
        </button>
      </form>
    </section>
  );
}

function NewKit() {
  const navigate = useNavigate();
  const teams = useQuery(teamsQuery);
  const [role, setRole] = useState('');
  const [level, setLevel] = useState<Level>('mid');
  const [competencies, setCompetencies] = useState<Category[]>([]);
  const [teamId, setTeamId] = useState('');
  const [discussionMinutes, setDiscussionMinutes] = useState(10);
  const create = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/kits', {
          body: { role, level, competencies, discussionMinutes, questions: [], ...(teamId ? { teamId } : {}) },
        }),
      ),
    onSuccess: (kit) => void navigate({ to: '/kits/$id', params: { id: kit.id } }),
  });
  const toggle = (c: Category) =>
    setCompetencies((list) => (list.includes(c) ? list.filter((x) => x !== c) : [...list, c]));
  return (
    <section className="card" aria-labelledby="new-kit-title">
      <h2 id="new-kit-title">New kit</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <div className="filters">
          <label className="grow">
            Role
            <input value={role} onChange={(e) => setRole(e.target.value)} required minLength={2} maxLength={120} />
          </label>
          <label>
            Level
            <select value={level} onChange={(e) => setLevel(e.target.value as Level)}>
              {LEVELS.map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
          </label>
          <label>
            Discussion (minutes)
            <input
              type="number"
              min={0}
              max={120}
              value={discussionMinutes}
              onChange={(e) => setDiscussionMinutes(Number(e.target.value))}
            />
          </label>
          <label>
            For
            <select value={teamId} onChange={(e) => setTeamId(e.target.value)}>
              <option value="">Only me</option>
              {(teams.data?.items ?? []).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="categories">
          <legend>Competencies</legend>
          {CATEGORIES.map((c) => (
            <label key={c} className="check">
              <input type="checkbox" checked={competencies.includes(c)} onChange={() => toggle(c)} /> {c}
            </label>
          ))}
        </fieldset>
        <ProblemMessage error={create.error} />
        <button type="submit" className="primary" disabled={create.isPending || role.trim().length < 2}>
          Build the kit
        </button>
      </form>
    </section>
  );
}

export function KitsPage() {
  const kits = useQuery(kitsQuery);
  const teams = useQuery(teamsQuery);
  const teamName = (id: string | null) => teams.data?.items.find((t) => t.id === id)?.name;
  return (
    <section aria-labelledby="kits-title">
      <h1 id="kits-title">Interview kits</h1>
      <p className="lead">
        A kit for a role and level: questions with sample answers, what a good answer shows, red flags and a 1–4 scale
        written from the same key points candidates practise against. Score candidates on it, alone or as a team.
      </p>
      <Invitations />
      <section className="card" aria-labelledby="kit-list-title">
        <h2 id="kit-list-title">Your kits</h2>
        <ProblemMessage error={kits.error} />
        {kits.data?.items.length === 0 && <p>No kit yet: build one below.</p>}
        <ul className="question-list">
          {(kits.data?.items ?? []).map((kit) => (
            <li key={kit.id}>
              <Link to="/kits/$id" params={{ id: kit.id }} className="question-link">
                {kit.role} ({kit.level})
              </Link>
              <span className="meta">
                {kit.questionCount} questions · {minutes(kit.totalSeconds)}
                {kit.teamId ? ` · ${teamName(kit.teamId) ?? 'team'}` : ' · only you'}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <NewKit />
      <Teams />
    </section>
  );
}
