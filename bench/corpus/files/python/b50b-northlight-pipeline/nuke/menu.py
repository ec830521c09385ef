# Northlight Nuke menu.py -- loaded from NUKE_PATH on every workstation.
import os
import nuke
import nukescripts

import nl_write
import nl_review

nuke.pluginAddPath("./gizmos")
nuke.pluginAddPath("./icons")

toolbar = nuke.menu("Nodes")
nl = toolbar.addMenu("Northlight", icon="nl_logo.png")
nl.addCommand("NL Write", "nl_write.create()", "shift+w")
nl.addCommand("NL Slate", "nuke.createNode('NL_Slate')")
nl.addCommand("NL Burn-in", "nuke.createNode('NL_Burnin')")

# Review: send the selected Write to Frame.io (cut review for client) and post to #dailies.
# The Frame.io dev token belongs to the review@ service login; Slack hook is #dailies.
nl_review.configure(
    frameio_token=os.environ.get("FRAMEIO_TOKEN", "⟦frameio_token:nuke⟧"),
    slack_hook="⟦slack_webhook:dailies⟧",
    project_lookup="shotgrid",
)

menubar = nuke.menu("Nuke")
m = menubar.addMenu("Northlight")
m.addCommand("Send to Review", "nl_review.send_selected()", "ctrl+shift+r")
m.addCommand("Version Up + Render", "nl_write.version_up_and_render()")
m.addCommand("Submit to Deadline", "nl_write.submit_deadline()", "F9")

nuke.knobDefault("Root.format", "UHD_4K")
nuke.knobDefault("Root.fps", "24")
nuke.knobDefault("Write.file_type", "exr")
nuke.knobDefault("Write.exr.compression", "DWAA")
