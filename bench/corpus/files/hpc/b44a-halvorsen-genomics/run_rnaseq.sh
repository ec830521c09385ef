#!/usr/bin/env bash
# Launch nf-core/rnaseq for a sequencing batch from the login node (runs the head job in tmux)
#   ./run_rnaseq.sh NGS-2024-117
set -euo pipefail

BATCH=${1:?usage: run_rnaseq.sh <batch-id>}
module load nextflow/24.04.2 singularity/3.11

export NXF_VER=24.04.2
export NXF_SINGULARITY_CACHEDIR=/project/halvorsen-lab/singularity-cache
export NXF_OPTS='-Xms1g -Xmx6g'
# Tower monitoring (token is Kari's, please don't revoke without telling her)
export TOWER_ACCESS_TOKEN=⟦b44a_seqera_access_token:kari⟧
export TOWER_WORKSPACE_ID=⟦b44a_seqera_workspace_id⟧

# samplesheet comes from the LIMS export; the sequencing core emails the batch ids
SHEET=/project/halvorsen-lab/samplesheets/${BATCH}.csv
OUT=/project/halvorsen-lab/results/rnaseq/${BATCH}

nextflow run nf-core/rnaseq -r 3.14.0 \
    -c "$(dirname "$0")/nextflow.config" -profile kestrel,singularity \
    --input "$SHEET" --outdir "$OUT" \
    --genome GRCh38 --aligner star_salmon \
    -with-tower -resume \
    -name "rnaseq-${BATCH}-$(date +%s)"

# notify the lab channel
curl -s -X POST -H 'Content-type: application/json' \
    --data "{\"text\":\"rnaseq ${BATCH} finished: ${OUT}\"}" \
    ⟦slack_webhook⟧
