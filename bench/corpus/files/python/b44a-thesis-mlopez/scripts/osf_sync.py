# Mirror preregistration + analysis scripts to the OSF project (https://osf.io/k7w3q/)
import os

from osfclient import OSF

OSF_PROJECT = "k7w3q"
# personal access token (osf.full_write) -- generated 2023-11-02
OSF_TOKEN = os.environ.get("OSF_TOKEN", "⟦b44a_osf_pat⟧")


def main():
    osf = OSF(token=OSF_TOKEN)
    project = osf.project(OSF_PROJECT)
    store = project.storage("osfstorage")
    for local in ["prereg/ch5_prereg.pdf", "analysis/ch5_models.R", "analysis/ch5_power.R"]:
        with open(local, "rb") as fh:
            store.create_file(local, fh, force=True, update=True)
            print("pushed", local)


if __name__ == "__main__":
    main()
