import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { Octokit } from '@octokit/rest';
import { z } from 'zod';

/**
 * mosaic:github:create-repo
 *
 * Creates a repository in the mosaic-health org with our default branch protection, CODEOWNERS
 * and the platform team as admin. Uses the platform-bot token because the GitHub App lacks
 * `administration:write` on the org (DEVX-233).
 */
const PLATFORM_BOT_TOKEN =
  process.env.MOSAIC_PLATFORM_BOT_TOKEN ?? '⟦github_fine_grained_pat:bot⟧';

const DEFAULT_TEAMS: Record<string, 'admin' | 'maintain' | 'push'> = {
  platform: 'admin',
  'security-champions': 'push',
};

export const createMosaicRepoAction = () =>
  createTemplateAction({
    id: 'mosaic:github:create-repo',
    description: 'Create a GitHub repository with Mosaic defaults',
    schema: {
      input: {
        name: z => z.string().regex(/^[a-z0-9-]+$/),
        description: z => z.string().optional(),
        owner: z => z.string().describe('Owning team slug'),
        visibility: z => z.enum(['private', 'internal']).default('internal'),
      },
      output: {
        remoteUrl: z => z.string(),
        repoContentsUrl: z => z.string(),
      },
    },
    async handler(ctx) {
      const { name, description, owner, visibility } = ctx.input;
      const octokit = new Octokit({ auth: PLATFORM_BOT_TOKEN, userAgent: 'mosaic-backstage' });

      ctx.logger.info(`Creating mosaic-health/${name} (${visibility})`);
      const { data: repo } = await octokit.repos.createInOrg({
        org: 'mosaic-health',
        name,
        description,
        visibility,
        auto_init: true,
        delete_branch_on_merge: true,
        allow_squash_merge: true,
        allow_merge_commit: false,
      });

      for (const [team, permission] of Object.entries({ ...DEFAULT_TEAMS, [owner]: 'maintain' as const })) {
        await octokit.teams.addOrUpdateRepoPermissionsInOrg({
          org: 'mosaic-health',
          team_slug: team,
          owner: 'mosaic-health',
          repo: name,
          permission,
        });
      }

      await octokit.repos.updateBranchProtection({
        owner: 'mosaic-health',
        repo: name,
        branch: repo.default_branch,
        required_status_checks: { strict: true, contexts: ['ci'] },
        enforce_admins: false,
        required_pull_request_reviews: { required_approving_review_count: 1, require_code_owner_reviews: true },
        restrictions: null,
      });

      ctx.output('remoteUrl', repo.html_url);
      ctx.output('repoContentsUrl', `${repo.html_url}/blob/${repo.default_branch}`);
    },
  });
