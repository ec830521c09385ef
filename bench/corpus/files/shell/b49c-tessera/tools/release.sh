#!/usr/bin/env bash
# Manual release script from before we moved to trusted publishing.
# Kept for the 1.x maintenance branch, which still releases from Piotr's laptop.
#
#   tools/release.sh 1.8.4
set -euo pipefail

version="${1:?version}"
branch="$(git rev-parse --abbrev-ref HEAD)"
if [[ "$branch" != maint/1.x ]]; then
  echo "release.sh is only for maint/1.x (on $branch)" >&2
  exit 1
fi

rm -rf dist/ build/
python -m build
twine check dist/*

# TestPyPI first
twine upload --repository testpypi --skip-existing dist/*

read -r -p "TestPyPI looks ok? upload to PyPI [y/N] " ok
[[ "$ok" == y ]] || exit 1

# the 1.x branch has its own project-scoped token (tessera, upload only)
twine upload -u __token__ -p ⟦pypi_token:maint⟧ dist/*

git tag -s "v${version}" -m "tessera ${version}"
git push origin "v${version}"

# GitHub release with the sdist/wheel attached
GH_TOKEN=⟦github_pat:piotr⟧ gh release create "v${version}" dist/* \
  --repo tessera-geo/tessera --title "tessera ${version}" --notes-file "docs/changelog/${version}.md"

# conda-forge picks the new sdist up on its own; sha256 for the feedstock PR:
sha256sum dist/tessera-"${version}".tar.gz
