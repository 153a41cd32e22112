/** The author and committer of the commits tests make in throwaway git repositories. */
export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Legal',
  GIT_AUTHOR_EMAIL: 'legal@example.org',
  GIT_COMMITTER_NAME: 'Legal',
  GIT_COMMITTER_EMAIL: 'legal@example.org',
} as const;
