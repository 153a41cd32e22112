import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readGitHistory } from '../../../scripts/lib/read-history.ts';
import { tempDir } from '../../helpers/build-site.ts';
import { GIT_IDENTITY } from '../../helpers/git-identity.ts';

// A repository in which a file with a non-ASCII name is edited, renamed once (into a folder, with a
// space), edited again, deleted and written again; another file changes beside it.
function repository(): { repo: string; git: (...args: string[]) => string; hashes: Record<string, string> } {
  const repo = tempDir('git');
  const env = { ...process.env, ...GIT_IDENTITY };
  const git = (...args: string[]): string => execFileSync('git', ['-C', repo, ...args], { env, encoding: 'utf8' });
  const hashes: Record<string, string> = {};
  const commit = (subject: string, date: string, files: Record<string, string | null>): void => {
    for (const [path, text] of Object.entries(files)) {
      if (text === null) git('rm', '-q', '--', path);
      else {
        mkdirSync(join(repo, path, '..'), { recursive: true });
        writeFileSync(join(repo, path), text);
        git('add', '--', path);
      }
    }
    execFileSync('git', ['-C', repo, 'commit', '-q', '-m', subject], { env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    hashes[subject] = git('rev-parse', 'HEAD').trim();
  };
  git('init', '-q', '-b', 'main');
  const old = 'politique-de-confidentialité.md';
  const renamed = 'légal/politique de confidentialité.md';
  commit('Première version', '2024-01-01T09:00:00+00:00', { [old]: '# Politique\n\nVersion un.\n' });
  commit('Corrige une faute', '2024-01-02T09:00:00+00:00', { [old]: '# Politique\n\nVersion un, corrigée.\n' });
  commit('Autre fichier', '2024-01-03T09:00:00+00:00', { 'README.md': 'Bonjour.\n' });
  commit('Ajoute le contact', '2024-01-04T09:00:00+00:00', { [old]: '# Politique\n\nVersion deux.\n\nContact : dpo@example.org.\n' });
  git('mv', old, 'tmp.md');
  mkdirSync(join(repo, 'légal'));
  git('mv', 'tmp.md', renamed);
  commit('Déplace la politique', '2024-01-05T09:00:00+00:00', {});
  commit('Précise la durée', '2024-01-06T09:00:00+00:00', {
    [renamed]: '# Politique\n\nVersion deux.\n\nContact : dpo@example.org.\n\nDurée : un an.\n',
  });
  commit('Retire la politique', '2024-01-07T09:00:00+00:00', { [renamed]: null });
  commit('Rétablit la politique', '2024-01-08T09:00:00+00:00', {
    [renamed]: '# Politique\n\nVersion trois.\n\nContact : dpo@example.org.\n\nDurée : un an.\n',
  });
  return { repo, git, hashes };
}

describe('readGitHistory', () => {
  test('keeps every version of a file with a non-ASCII name, through its rename and a deletion', () => {
    const { repo } = repository();
    const progress: string[] = [];
    const history = readGitHistory(repo, 'légal/politique de confidentialité.md', (done, total) => progress.push(`${done}/${total}`));
    expect(history).toEqual([
      { date: '2024-01-01', subject: 'Première version', messages: ['Première version'], text: '# Politique\n\nVersion un.\n' },
      { date: '2024-01-02', subject: 'Corrige une faute', messages: ['Corrige une faute'], text: '# Politique\n\nVersion un, corrigée.\n' },
      {
        date: '2024-01-04',
        subject: 'Ajoute le contact',
        messages: ['Ajoute le contact'],
        text: '# Politique\n\nVersion deux.\n\nContact : dpo@example.org.\n',
      },
      {
        date: '2024-01-05',
        subject: 'Déplace la politique',
        messages: ['Déplace la politique'],
        text: '# Politique\n\nVersion deux.\n\nContact : dpo@example.org.\n',
      },
      {
        date: '2024-01-06',
        subject: 'Précise la durée',
        messages: ['Précise la durée'],
        text: '# Politique\n\nVersion deux.\n\nContact : dpo@example.org.\n\nDurée : un an.\n',
      },
      {
        date: '2024-01-08',
        subject: 'Rétablit la politique',
        messages: ['Rétablit la politique'],
        text: '# Politique\n\nVersion trois.\n\nContact : dpo@example.org.\n\nDurée : un an.\n',
      },
    ]);
    // The deletion is a commit of the file's history too, recognised as one, not read.
    expect(progress.at(-1)).toBe('7/7');
  });

  test('reads a file whose name a pathspec would take for a pattern', () => {
    const { repo, git } = repository();
    writeFileSync(join(repo, 'terms[1].md'), 'Brackets.\n');
    git('add', '--', 'terms[1].md');
    git('commit', '-q', '-m', 'Brackets');
    // As a pattern, terms[1].md would match terms1.md.
    writeFileSync(join(repo, 'terms1.md'), 'Not this one.\n');
    git('add', '--', 'terms1.md');
    git('commit', '-q', '-m', 'Another file');
    expect(readGitHistory(repo, 'terms[1].md').map((version) => version.subject)).toEqual(['Brackets']);
  });

  test('reads each message whole: subject and body, line breaks and tabs kept', () => {
    const { repo, git } = repository();
    writeFileSync(join(repo, 'terms.md'), 'Terms.\n');
    git('add', '--', 'terms.md');
    git('commit', '-q', '-m', 'Add terms', '-m', 'Why:\n\tthe board asked.', '-m', 'Signed-off-by: Ada <ada@example.org>');
    const [version] = readGitHistory(repo, 'terms.md');
    expect(version).toMatchObject({
      subject: 'Add terms',
      messages: ['Add terms\n\nWhy:\n\tthe board asked.\n\nSigned-off-by: Ada <ada@example.org>'],
    });
  });

  test('takes from a merge commit what it brings, not its own subject', () => {
    const { repo, git } = repository();
    git('checkout', '-q', '-b', 'feature');
    writeFileSync(join(repo, 'terms.md'), 'Terms, clearer.\n');
    git('add', '--', 'terms.md');
    git('commit', '-q', '-m', 'Clarify data retention');
    git('checkout', '-q', 'main');
    git('merge', '-q', '--no-ff', 'feature', '-m', 'Merge pull request #7 from org/feature', '-m', 'Clarify data retention');
    expect(readGitHistory(repo, 'terms.md').map((version) => version.messages)).toEqual([
      ['Clarify data retention'],
      ['Clarify data retention'],
    ]);
  });

  test('reads a subject with a control character as written', () => {
    const { repo, git } = repository();
    writeFileSync(join(repo, 'terms.md'), 'Terms.\n');
    git('add', '--', 'terms.md');
    git('commit', '-q', '-m', 'Sub\x1fject with $& in it', '-m', 'Body.');
    expect(readGitHistory(repo, 'terms.md')[0]).toMatchObject({
      subject: 'Sub\x1fject with $& in it',
      messages: ['Sub\x1fject with $& in it\n\nBody.'],
    });
  });

  test('fails, naming the commit and the path, when a version cannot be read', () => {
    const { repo, git, hashes } = repository();
    // Lose the blob of the second version, as a damaged or partial clone would.
    const blob = git('rev-parse', `${hashes['Corrige une faute']}:politique-de-confidentialité.md`).trim();
    rmSync(join(repo, '.git/objects', blob.slice(0, 2), blob.slice(2)));
    expect(() => readGitHistory(repo, 'légal/politique de confidentialité.md')).toThrow(
      new RegExp(`cannot read politique-de-confidentialité\\.md at commit ${hashes['Corrige une faute']} \\(Corrige une faute\\)`),
    );
  });
});
