# .bash_profile

# Get the aliases and functions
if [ -f ~/.bashrc ]; then
	. ~/.bashrc
fi

# User specific environment and startup programs
PATH=$PATH:$HOME/.local/bin:$HOME/bin
export PATH

export JAVA_HOME=/usr/lib/jvm/java-17-openjdk
export MAVEN_OPTS="-Xmx2g"
export ARTIFACTORY_USER=li.wei
export ARTIFACTORY_API_KEY=⟦jfrog_api_key⟧
export SONAR_TOKEN=⟦sonarqube_token⟧
export NEXUS_PASSWORD=nexus-li-2021
export ORACLE_PWD=Oracle_12c
export ANSIBLE_VAULT_PASSWORD=vaultpass
