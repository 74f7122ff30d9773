"""The annotation layer: spaCy components that write shared structure on the ``Doc`` and produce no records.

Every extractor reads what these compute instead of computing it again:

===========================  ==========================================================================
component                    writes
===========================  ==========================================================================
``netralitas_structure``     sentence starts; ``doc.spans["paragraph"]``, ``["passage"]``, ``["lead"]``;
                             ``doc._.body_start``
``netralitas_quote_regions`` ``doc.spans["quote"]``: text inside paired quote marks (``span._.quote_marks``)
``netralitas_cues``          ``doc.spans["event_trigger"]``, ``["theme_cue"]``: lexicon cue phrases
``netralitas_places``        ``doc.spans["place"]`` (``span._.region``); ``doc._.article_region``
``netralitas_org_lexicon``   ``doc.spans["org"]``: the organisation lexicon as a ``SpanRuler``
``netralitas_orgs``          ``doc.spans["org"]``: every organisation mention (``span._.org``);
                             ``doc._.acronym_expansions``
``netralitas_roles``         ``doc.spans["role"]``: role phrases (``span._.role``)
``netralitas_candidate_pairs`` ``doc.spans["candidate_pair"]``: candidate pairs (``span._.candidate_pair``)
``netralitas_people``        ``doc.spans["person"]``: person mentions with parsed titles (``span._.person``) and
                             the roles written beside them (``span._.roles``); ``doc._.unheld_roles``
``netralitas_ner_candidates`` with ``ner=True`` only, after the trained ``ner`` (``doc.ents``): the model's
                             people where the rules read none, roles the rules left unplaced; a vetoed
                             rule person the model reads as a place (``annotate.entities``)
``netralitas_dependency_holders`` with ``backend="stanza"`` only: roles the rules left unheld, given to the
                             person the dependency parse ties them to (``annotate.dependency_holders``)
===========================  ==========================================================================
"""

from . import cues, orgs, pairs, people, places, quote_regions, roles, structure  # noqa: F401  (registers the factories)

ANNOTATORS = ("netralitas_structure", "netralitas_quote_regions", "netralitas_cues", "netralitas_places", "netralitas_org_lexicon",
              "netralitas_orgs", "netralitas_roles", "netralitas_candidate_pairs", "netralitas_people")
