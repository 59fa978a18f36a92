"""The commented manifest that ``osaid init`` writes.

It validates as written (it declares only the system's name) and, with every line that starts
with ``# `` uncommented, it is a complete manifest of a release that is Open Source AI: lines
that start with ``## `` explain, lines that start with ``# `` are examples to fill in.
"""

from __future__ import annotations

__all__ = ["TEMPLATE"]

TEMPLATE = """\
## osaid manifest (format version 1): what this AI release consists of, under which terms.
## Check it with:   osaid check osaid.yaml
## Reference:       docs/manifest.md; editors can validate it with `osaid schema`.
##
## Lines starting with '# ' are examples: uncomment them and put in your own facts.
## Leave out what you do not know: osaid then says the verdict is undetermined, and why.
manifest-version: 1

system:
  name: my-model                 ## required: the system's name
#   version: "1.0"
#   producer: Example Lab
#   url: https://example.org/my-model

## The licence of every component that names none of its own (an SPDX expression such as
## Apache-2.0, MIT OR Apache-2.0, or a Hugging Face id such as llama3.1).
# license: Apache-2.0

## One entry per component (see `osaid explain` for what a licence allows). A component
## left out is undeclared. Each entry may have:
##   license:  an SPDX expression (else the default licence above)
##   location: a URL, or a list of URLs, where it can be had
##   status:   released (the default), not-released, or not-applicable (optional
##             components and supporting-libraries only; give a reason)
##   notes:    free text
# components:
##  -- Code: the Open Source AI Definition requires an OSI-approved licence --
#   model-architecture:
#     location: https://github.com/example/my-model
#   training-code:
#     location: https://github.com/example/my-model
#   inference-code:
#     location: https://github.com/example/my-model
#   data-preprocessing-code:
#     location: https://github.com/example/my-data-pipeline
#   supporting-libraries:          ## required "if used", e.g. the tokenizer
#     location: https://github.com/example/my-tokenizer
##  -- Parameters: open terms (an OSI-approved licence, or e.g. CC-BY-4.0) --
#   model-parameters:
#     location: https://huggingface.co/example/my-model
#   intermediate-parameters:
#     location: https://huggingface.co/example/my-model
##  -- Data information: open terms --
#   datasets:
#     status: not-released         ## the data itself need not be shared (OSAID FAQ)
#   data-card:
#     license: CC-BY-4.0
#     location: https://huggingface.co/datasets/example/my-data
#   technical-report:
#     license: CC-BY-4.0
#     location: https://arxiv.org/abs/0000.00000
#   research-paper:
#     license: CC-BY-4.0
#     location: https://arxiv.org/abs/0000.00001
##  -- Optional: never block, but count for the Model Openness Framework --
#   model-card:
#     location: https://huggingface.co/example/my-model
#   evaluation-code:
#     location: https://github.com/example/my-evals
#   evaluation-results:
#     license: CC-BY-4.0
#     location: https://example.org/my-model/results
#   sample-outputs:
#     status: not-applicable
#     reason: the evaluation results show the model's outputs

## Where each topic of the training data's description is documented: component ids
## (from above) or URLs. A topic may also be `undisclosed`, and labeling `not-applicable`.
# data-information:
#   provenance: [data-card, technical-report]
#   scope-and-characteristics: [data-card]
#   selection: [technical-report]
#   labeling: not-applicable
#   processing-and-filtering: [data-preprocessing-code, technical-report]

## Every training data set: class is open, public, obtainable or unshareable. Public and
## obtainable data need a location; open data a location and a licence; unshareable data
## a description. Write `training-data: undisclosed` if they are not listed.
# training-data:
#   - name: Example Web Crawl
#     class: public
#     location: https://example.org/crawl
#     description: 2 TB of English web text, deduplicated
"""
