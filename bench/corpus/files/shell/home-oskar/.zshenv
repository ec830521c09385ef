. "$HOME/.cargo/env"
export CARGO_REGISTRY_TOKEN=⟦cratesio_token⟧
export GEM_HOST_API_KEY=⟦rubygems_api_key⟧
export TWINE_USERNAME=__token__
export TWINE_PASSWORD=⟦pypi_token⟧
export NUGET_API_KEY=⟦nuget_api_key⟧
