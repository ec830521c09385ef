# frozen_string_literal: true

require_relative "lib/sprocket/version"

Gem::Specification.new do |spec|
  spec.name = "sprocket-rb"
  spec.version = Sprocket::VERSION
  spec.authors = ["Noor Haddad", "Felix Oyelaran"]
  spec.email = ["maintainers@sprocket-rb.org"]

  spec.summary = "Composable background job middleware for Ruby"
  spec.description = "Sprocket lets you stack retries, rate limits and tracing around any job runner."
  spec.homepage = "https://sprocket-rb.org"
  spec.license = "MIT"
  spec.required_ruby_version = ">= 3.0.0"

  spec.metadata = {
    "homepage_uri" => spec.homepage,
    "source_code_uri" => "https://github.com/sprocket-rb/sprocket",
    "changelog_uri" => "https://github.com/sprocket-rb/sprocket/blob/main/CHANGELOG.md",
    "bug_tracker_uri" => "https://github.com/sprocket-rb/sprocket/issues",
    "funding_uri" => "https://github.com/sponsors/sprocket-rb",
    "rubygems_mfa_required" => "true"
  }

  # Gem signing: the public certificate is in the repo, the private key is not.
  spec.cert_chain = ["certs/sprocket-rb.pem"]
  spec.signing_key = File.expand_path("~/.ssh/gem-private_key.pem") if $PROGRAM_NAME.end_with?("gem")

  spec.files = Dir.chdir(__dir__) do
    `git ls-files -z`.split("\x0").reject do |f|
      (File.expand_path(f) == __FILE__) ||
        f.start_with?(*%w[bin/ test/ spec/ features/ .git .github appveyor Gemfile])
    end
  end
  spec.bindir = "exe"
  spec.executables = spec.files.grep(%r{\Aexe/}) { |f| File.basename(f) }
  spec.require_paths = ["lib"]

  spec.add_dependency "concurrent-ruby", "~> 1.2"
  spec.add_dependency "zeitwerk", "~> 2.6"
end
