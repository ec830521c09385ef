#!/usr/bin/env bash
# manual release fallback, see RELEASING.md
set -euo pipefail

VERSION="$(python -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
echo "releasing dotsync $VERSION"

rm -rf dist/ && python -m build
twine check dist/*
# project-scoped token for dotsync (created 2023-05-02); TODO move to keyring
twine upload --non-interactive -u __token__ -p "⟦pypi_token:manual⟧" dist/*

cargo publish --locked
npm publish --access public
gem build dotsync.gemspec && gem push "dotsync-$VERSION.gem"

gh release create "v$VERSION" dist/* --generate-notes
