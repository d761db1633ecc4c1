"""The coder's lexicon: the English words and ontology codes its rules read, validated into one frozen record.

lexicon.json holds them by purpose, one section each (with a comment saying what it is for); a section holds one or
more fields, each a Lexicon attribute. Files in $EVENTWIRE_DICTIONARIES extend it: word lists and code lists gain
entries, maps gain or replace keys, single values are replaced; ``"replace": true`` in a section replaces its lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from eventwire.dictionaries.ontology import Ontology
from eventwire.errors import DictionaryError

# the re-readings a pattern id may carry after "+" that the lexicon defines (the detector's own is "model")
REREADINGS = ("refused", "peacekeeping", "troops", "verbal", "diplomatic", "joint", "calling")
# recodings with a code by the type read before (applied only to the types listed), and those with one code
_BY_EVENT = ("intent", "refused")
_ONE_CODE = ("threat", "accord", "peacekeeping", "troops", "verbal", "diplomatic", "joint", "calling")


@dataclass(frozen=True, slots=True)
class Recoding:
    """The event type and CAMEO code a rule gives a trigger; ``by_event``: a code by the type read before (a recoding
    without a default ``cameo`` applies only to the types it lists)."""

    name: str
    event: str
    cameo: str | None
    by_event: Mapping[str, str]

    def code(self, event: str | None = None) -> str:
        """The CAMEO code for a reading of ``event`` (None: the default code). The loader gives every recoding the
        coder uses without a type a default, and those it uses by type their types (_BY_EVENT, _ONE_CODE)."""
        cameo = self.cameo if event is None else self.by_event.get(event, self.cameo)
        if cameo is None:
            raise DictionaryError(f"the {self.name} recoding has no CAMEO code for {event}", where="lexicon")
        return cameo


@dataclass(frozen=True, slots=True)
class HistoricCode:
    """A country that acted as another before a date (RUS as SUN before 1991-12-26)."""

    code: str
    acts_as: str
    before: date


@dataclass(frozen=True)
class Lexicon:
    """Every word list and code the rules of extract/ and resolve/ read, by purpose (lexicon.json says what for)."""

    speech_verbs: frozenset[str]
    quoting_verbs: frozenset[str]  # "quoted X as saying": X speaks and acts
    document_nouns: frozenset[str]  # "a statement by France condemned ...": France does
    author_prepositions: frozenset[str]
    evaluation_verbs: frozenset[str]  # "called / described as / considers" Y <adjective>: X evaluates Y
    copulas: frozenset[str]  # "said Y was <adjective>"
    stative_verbs: frozenset[str]  # "wants the world to know the truth": no deed wished
    negative_evaluations: frozenset[str]  # adjectives or nouns that make an evaluation criticism ("unjustified")
    evaluated_acts: frozenset[str]  # "called the announcement disappointing": an act, though no party is named
    positive_evaluations: frozenset[str]  # adjectives or nouns that make it praise ("constructive", "milestone")
    relation_evaluations: frozenset[str]  # "a loyal friend to Ghana": praise of another state only
    pledge_patterns: frozenset[str]  # "promised to cut unemployment" (a deed no pattern knows, to no one): policy
    intent_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    intent_nouns: frozenset[str]
    assent_verbs: frozenset[str]  # "agreed that the obstacle is fiscal policy": an opinion, no agreement
    striving_verbs: frozenset[str]  # "is fighting to stem a crash": an effort, no fight
    striving_aims: frozenset[str]  # "battling for his career": striving for one is no fight
    opponent_prepositions: frozenset[str]  # "fighting to retake the town from the rebels": an opponent named
    admitting_verbs: frozenset[str]  # "conceded that the plan had failed": an admission, no concession
    compound_nouns: frozenset[str]  # "hit men": no verb "hit"
    idiom_adverbs: frozenset[str]  # "the message was hitting home": an idiom
    outdoing_verbs: frozenset[str]  # "beat Argentina to become the largest exporter": a race, no blow
    becoming_verbs: frozenset[str]
    freeing_patterns: frozenset[str]
    detention_places: frozenset[str]
    storming_verbs: frozenset[str]  # "stormed the jail and freed 300 inmates": a jailbreak, no release
    tendering_verbs: frozenset[str]
    tender_nouns: frozenset[str]  # "called for bids": a purchase opened, no demand
    capture_patterns: frozenset[str]  # "were killed, wounded or captured": a toll of the fighting, no arrest
    casualty_verbs: frozenset[str]
    quantity_nouns: frozenset[str]
    share_nouns: frozenset[str]  # "40 percent of the prisoners were released": a statistic
    tally_periods: frozenset[str]  # "775 people were murdered this year": a count over a span, a statistic
    tally_markers: frozenset[str]
    tally_trends: frozenset[str]  # "240 guards were assaulted in 2019, up 9 percent": a count compared
    duration_units: frozenset[str]  # "sentenced to 25 years on Monday": a length, not a date
    duration_anchors: frozenset[str]
    particle_prepositions: frozenset[str]
    provision_prepositions: frozenset[str]
    provision_verbs: frozenset[str]
    currency_words: frozenset[str]  # "pounds 25,000": a sum whose sign was lost, not the verb "pound"
    pricing_verbs: frozenset[str]  # "charge drivers 5 pounds": a price set, no accusation
    light_objects: frozenset[str]
    noun_participant_prepositions: frozenset[str]
    obliging_modals: frozenset[str]
    obliging_verbs: frozenset[str]  # "said X needed to explain": a demand
    subjunctive_verbs: frozenset[str]  # "insisted that Greece cut its budget": a demand
    relative_pronouns: frozenset[str]
    place_relatives: frozenset[str]  # "the area where Peru, Brazil and Colombia meet": land meets, no one
    meeting_points: frozenset[str]  # "the area where three countries meet": borders
    instruments: frozenset[str]
    blaze_words: frozenset[str]  # instruments that, counted ("a fire"), are a blaze
    equipment_nouns: frozenset[str]  # "supported by 40 aircraft": what it is done with, no party
    accompanying_prepositions: frozenset[str]  # "with the premier sending soldiers": the premier sends
    stative_passives: frozenset[str]
    standing_ban_verbs: frozenset[str]  # "hunting is prohibited in the park": a standing rule, no act
    rule_nouns: frozenset[str]  # "EU rules prohibit state aid": so is a rule banning in the present
    ban_news_words: frozenset[str]  # "now banned": a ban told as news
    ban_dating_prepositions: frozenset[str]  # "banned from Sunday"
    ban_cause_prepositions: frozenset[str]  # "banned under the new decree"
    ban_measure_words: frozenset[str]
    partner_nouns: frozenset[str]  # "in collaboration with X": X acts beside the subject, no recipient
    continuing_verbs: frozenset[str]  # "Israel completed its withdrawal": the subject's own act
    occurring_verbs: frozenset[str]  # "clashes erupted between A and B": the noun's participants on the verb
    unfolding_verbs: frozenset[str]  # "talks opened in Geneva on Monday": the subject noun's time and place
    holding_verbs: frozenset[str]  # "had much to offer": what one has (or is) to do is no purpose of an act
    describing_nouns: frozenset[str]  # "the Lib Dem leader said": a description of the person named before
    claiming_verbs: frozenset[str]
    claimed_nouns: frozenset[str]
    reaction_nouns: frozenset[str]  # criticism, praise ...: "from X" names who reacts
    refusal_verbs: frozenset[str]  # "demanded a swap, but the army refused": the army was asked
    defiance_prepositions: frozenset[str]
    defied_nouns: frozenset[str]  # "will not reopen it despite demands from X": refuses X
    demand_verbs: frozenset[str]  # ... and the demanders were refused
    drawing_verbs: frozenset[str]  # "Y drew (sparked, met with) criticism from X": Y is what X reacts to
    coming_verbs: frozenset[str]  # "criticism came from X"
    weighing_verbs: frozenset[str]
    chance_adjectives: frozenset[str]  # "were more likely to be murdered", "is unlikely to attack": no act told
    aim_nouns: frozenset[str]  # "the aim is to seize the port": an aim, not an act
    survey_nouns: frozenset[str]  # "a poll questioned 900 adults": measures, does not act
    evidence_nouns: frozenset[str]  # "there were no reports of clashes": nothing done
    refusing_heads: frozenset[str]
    facing_verbs: frozenset[str]
    scheduling_words: frozenset[str]  # "is due to resign in March": not yet done
    conditioning_verbs: frozenset[str]  # "conditioned its aid on Kabul releasing them": asked for
    faced_acts: frozenset[str]  # "dockworkers face arrest": what may come, not done
    reported_nouns: frozenset[str]
    falsity_words: frozenset[str]  # "reports that it planned attacks were baseless": denied
    prospective_words: frozenset[str]  # "In any future talks with Iran, ...": a setting still to come
    refusable_verbs: frozenset[str]  # "cannot support the fund": refused, under a refusing modal negated
    refusing_modals: frozenset[str]
    excuse_marks: frozenset[str]  # "could not sign because of illness": inability, no refusal
    negating_heads: frozenset[str]
    inference_verbs: frozenset[str]  # "did not mean X was sending a warning": the clause is not told
    pending_adverbs: frozenset[str]  # "has yet to withdraw": not done
    modal_auxiliaries: frozenset[str]
    hedging_modals: frozenset[str]  # "would find that ...": what the clause says is not told as fact
    future_auxiliaries: frozenset[str]
    condition_marks: frozenset[str]
    purpose_marks: frozenset[str]  # "so that X can offer": what is aimed at, not done
    time_marks: frozenset[str]  # "can hold a suspect while the case is examined": the modal frame is shared
    pending_marks: frozenset[str]  # "promised to march until the treaty was signed": not yet done
    ability_nouns: frozenset[str]  # "powers to search homes": what may be done
    exercising_verbs: frozenset[str]  # "used their powers to detain": done
    questioning_verbs: frozenset[str]  # "asked whether the talks had failed": a question, no request
    question_marks: frozenset[str]
    question_prepositions: frozenset[str]  # "was asked about her plans": a question
    proviso_marks: frozenset[str]  # "if", "unless": a trigger inside such a clause may not happen
    inverting_auxiliaries: frozenset[str]  # "had", "were": a clause they open before its subject is a condition
    answering_words: frozenset[str]  # "revenge for the raid": what is answered happened, whatever the answer's mood
    restricting_words: frozenset[str]  # "if only", "if anything": no condition
    passive_prepositions: frozenset[str]  # "Banker sentenced to five years": a headline passive
    passive_particles: frozenset[str]  # "Mayor gunned down in Tijuana": a headline passive (not "stormed in")
    ultimatum_marks: frozenset[str]
    comparison_marks: frozenset[str]
    negative_subjects: frozenset[str]
    prospect_nouns: frozenset[str]  # "there is no way Brazil will agree": the act denied
    background_cues: tuple[str, ...]
    habitual_adverbs: frozenset[str]  # "migrants are often held captive": a habit
    background_span: re.Pattern[str]
    place_history_words: frozenset[str]
    depicting_verbs: frozenset[str]  # "the film depicts a bomb attack on London": a story, not news
    detector_skip_verbs: frozenset[str]
    model_recipient_slots: tuple[str, ...]
    participant_pronouns: frozenset[str]
    headline_suffixes: tuple[str, ...]
    generic_cameo: Mapping[str, str]  # PLOVER type → CAMEO code
    pentaclass_roots: Mapping[str, str]  # CAMEO root → pentaclass
    pentaclass_types: Mapping[str, tuple[str, ...]]  # pentaclass → the types a model reading of it may take
    place_prepositions: frozenset[str]
    away_prepositions: frozenset[str]  # "a train carrying refugees to Poland": where it went, not the target
    party_prepositions: frozenset[str]  # "the border crossing with France": a counterpart, not where
    stationed_prepositions: frozenset[str]  # "police in Cairo arrested ...": where a participant is
    placed_agents: frozenset[str]  # "authorities in Colombia": Colombia's
    member_nouns: frozenset[str]  # "soldiers from the Turkish army": the army's
    representing_nouns: frozenset[str]  # "a spokesman for Hezbollah": Hezbollah's
    settlement_nouns: frozenset[str]
    placed_act_nouns: frozenset[str]
    alleging_verbs: frozenset[str]  # "alleged that Peruvian troops had attacked": any act told is a wrong
    alleged_types: frozenset[str]  # the types of a pattern that must read an alleged act
    reproaching_verbs: frozenset[str]  # "condemned Israel and recalled its ambassador": the second acts on Israel
    reproach_followups: frozenset[str]  # the types of that second verb ("threatened", "recalled its envoy")
    finding_verbs: frozenset[str]  # "an audit found that officials had falsified records": wrongdoing told
    wrongdoing_verbs: frozenset[str]
    wronged_only: frozenset[str]
    untrusted_verbs: frozenset[str]  # "X cannot be trusted": criticism of X when reported
    consequence_verbs: frozenset[str]  # "Russia will face consequences, Biden warned": a threat by the speaker
    consequence_nouns: frozenset[str]
    consequence_auxiliaries: frozenset[str]  # "will face", "would pay": the future (and the future in the past)
    outward_constructions: frozenset[str]  # constructions that are no event between one country's parties
    wrongdoers: frozenset[str]
    plotting_verbs: frozenset[str]  # "said Iran was planning attacks": a plot told, an accusation
    plot_nouns: frozenset[str]  # "hatched a plot to assassinate the president"
    adjunct_prepositions: frozenset[str]
    pending_prepositions: frozenset[str]  # "during talks", "until the release": may be still to come
    elaborating_types: frozenset[str]
    told_charges: frozenset[str]  # "X accused Y, a charge Y denies": the accusing stands, whatever is denied
    agreement_nouns: frozenset[str]
    idiom_subjects: frozenset[str]  # "decided for the time being not to accept": no subject
    context_words: Mapping[str, tuple[str, ...]]  # PLOVER context → words of the clause that give it
    intent_refines: frozenset[str]
    intent_by_context: Mapping[str, str]  # PLOVER context → CAMEO code
    intent: Recoding
    threat: Recoding
    accord: Recoding
    threat_when_promised: frozenset[str]
    threat_when_conditioned: frozenset[str]  # "will impose sanctions if Russia invades": promised on a condition
    ultimatum_types: frozenset[str]  # "told Nepal to reopen the border or face an embargo": a demand, a threat
    penalty_verbs: frozenset[str]  # "or face"
    penalty_nouns: frozenset[str]  # "or face sanctions", not "or face a heart attack"
    warning_verbs: frozenset[str]
    hostile_nouns: frozenset[str]  # "warned it would crush any attack": an answer promised to any of these
    caution_modals: frozenset[str]  # "warned that cuts could trigger a recession": a caution, no threat
    consenting_verbs: frozenset[str]  # "agreed to send police": consent to a show of force is no threat
    accord_verbs: frozenset[str]
    accord_topic_prepositions: frozenset[str]
    refused: Recoding
    peacekeeping: Recoding
    troops: Recoding
    verbal: Recoding
    diplomatic: Recoding
    joint: Recoding
    calling: Recoding  # "called on the king" with nothing asked: a visit
    calling_patterns: frozenset[str]
    calling_hosts: frozenset[str]  # "called on the king": a person called on by title
    calling_matters: frozenset[str]  # "called on Myanmar over the crisis": a matter, no visit
    troop_words: frozenset[str]
    troop_types: frozenset[str]
    peacekeeping_cue: str
    marching_patterns: frozenset[str]  # "ordered troops to march to the border": troops moving, no protest
    stay_patterns: frozenset[str]  # "the Dominican president was in Mexico City": a visit by another state's officials
    stay_not_visitors: frozenset[str]  # "the US ambassador was in Kabul", "the former president": no visit
    visit_types: frozenset[str]
    visit_mode: str
    visiting_words: frozenset[str]
    not_visitor_sectors: frozenset[str]  # "refugees arrived in Germany": no visit
    hosted_visitor_sectors: frozenset[str]  # ... unless an official party hosts them (smugglers, reporters)
    occasion_prepositions: frozenset[str]
    occasion_parts: frozenset[str]  # "at the end of a visit to Kenya": the visit is the occasion
    purpose_prepositions: frozenset[str]
    going_verbs: frozenset[str]
    origin_prepositions: frozenset[str]  # "began a tour from Lima": where from, not the host
    declining_types: frozenset[str]
    speaking_verbs: frozenset[str]
    needs_recipient: frozenset[str]
    wants_target: frozenset[str]
    content_targets: frozenset[str]  # types that take a target from inside their content, and stand without one
    placed_targets: frozenset[str]  # "shelled Kharkiv", "hit a depot in Russia": the place's country is the target
    placed_patterns: frozenset[str]  # "seized control of Kunduz": a city taken by name is its country's
    untargeted_modes: frozenset[str]
    acts_suffice: frozenset[str]  # types that stand alone when the trigger names the act ("threatened to close ...")
    content_suffices: frozenset[str]  # "Kennedy criticised unfair taxes": a named content and a political actor
    content_sectors: frozenset[str]
    counterpart_types: frozenset[str]
    counterpart_not_needed: frozenset[str]
    assembly_codes: frozenset[str]  # "AU leaders met": an intergovernmental body's members meet with each other
    mutual_types: frozenset[str]  # "Kenya and Ethiopia signed a deal": parties named together act with each other
    mutual_cameos: frozenset[str]
    mutual_patterns: frozenset[str]  # "Angola and Uruguay established relations": relations are between the two
    reciprocal_pronouns: frozenset[str]  # "blamed one another": the parties named together, on each other
    one_sided_patterns: frozenset[str]  # "the U.S., Colombia and Venezuela offered assistance": not to each other
    patient_types: frozenset[str]  # "arrested four Colombians and one Ecuadorian": one act, several countries
    statecraft_patterns: frozenset[str]  # "the firm withdrew its staff": no recall when only companies act
    unaiding_types: frozenset[str]  # "gangs sent cocaine shipments": no aid when only criminals act
    unaiding_sectors: frozenset[str]
    giving_types: frozenset[str]  # "food aid was delivered to the refugees": the thing given is no recipient
    flagged_patterns: frozenset[str]  # a target only where its own words give its country (a vessel's flag)
    authority_types: frozenset[str]
    sending_patterns: frozenset[str]  # "was extradited to the US (from Bolivia)": the sender to the receiver
    authority_modes: frozenset[str]
    authority_own_country_types: frozenset[str]
    authority_foreign_types: frozenset[str]  # "Japan has been accused": not by its own authorities
    authority_recipient_modes: frozenset[str]
    court_modes: frozenset[str]  # "was condemned to 10 years": a court's act, whatever the verb
    court_sector: str
    authority_only_acts: frozenset[str]  # "police said they had arrested ...": the police
    authority_sectors: Mapping[str, frozenset[str]]  # sector → trigger lemmas
    enforcing_verbs: frozenset[str]  # "rustlers have been targeted by Kenyan police": no attack
    suspect_words: frozenset[str]  # "arrested five men": people of no calling of their own, suspects
    suspect_sector: str
    charging_patterns: frozenset[str]  # "charged with fraud": a charge, unless with one of the duty verbs
    duty_verbs: frozenset[str]  # "is charged with ensuring order": a duty given, no charge
    authority_default_sector: str
    authority_countryless_sectors: frozenset[str]  # implied authorities that act even where no country is known
    speaker_asks_types: frozenset[str]  # "X is being urged to ..., Oxfam says": the teller asks
    crowd_types: frozenset[str]  # types whose agentless reports have the people of the place as actor
    campaign_nouns: frozenset[str]  # "speaking after a rally": a setting, maybe a campaign's, no crowd implied
    campaign_speaking_verbs: frozenset[str]
    campaign_setting_prepositions: frozenset[str]
    crowd_sector: str
    protested_types: frozenset[str]  # types whose untargeted reports are against the authorities of the place
    protested_sector: str
    attacker_types: frozenset[str]
    attacker_min_weight: float
    surviving_verbs: frozenset[str]  # "survived an assassination attempt": the subject was the target
    accident_words: frozenset[str]  # no attacker where the sentence blames these ("killed in a crash")
    fire_words: frozenset[str]  # "escape room fire kills five": an accident, unless a party or weapon fired
    armed_fire_words: frozenset[str]  # "sniper fire", "tank fire": fire of arms
    fired_prepositions: frozenset[str]  # "fire from troops": someone fired
    self_objects: frozenset[str]  # "killed himself": no attack on anyone else
    attack_nouns: frozenset[str]  # "killed in an Israeli air strike": the strike's maker is the attacker
    attack_prepositions: frozenset[str]
    aftermath_prepositions: frozenset[str]  # "killed following an Azeri attack": victims of that attack too
    clash_nouns: frozenset[str]  # "killed in clashes with Yemeni forces": the party "with" made them
    responding_types: frozenset[str]  # reactions whose bare act noun ("condemned the strikes") means an earlier act
    referred_types: frozenset[str]  # the types of act such a noun may mean
    referring_determiners: frozenset[str]  # "the strikes", "these attacks": an act told before
    harm_nouns: frozenset[str]  # "condemned the killing of two soldiers": harm whose victims are no target
    victim_prepositions: frozenset[str]  # "the killing of", "the attack on": the victims follow
    verbal_patterns: frozenset[str]
    figurative_patterns: frozenset[str]  # words unless an armed party or a weapon attacks ("came under fire from")
    diplomatic_patterns: frozenset[str]  # words when states make them ("China protested the visit")
    reciprocal_patterns: frozenset[str]  # "party leaders clashed over pensions": words among politicians
    quarrel_verbs: frozenset[str]  # ... by these verbs only (not "brawled")
    quarrel_sectors: frozenset[str]  # ... between these sectors (judges and ministers too)
    defending_patterns: frozenset[str]  # "defended its decision": one's own, no support of another
    regret_patterns: frozenset[str]  # regret over another party's act disapproves of it
    regret_nouns: frozenset[str]
    regret_prepositions: frozenset[str]
    regretted_acts: frozenset[str]  # what such regret is over: a decision or step (not deaths, not a venue)
    employee_words: frozenset[str]  # "government workers protested": people, not the state
    describing_prepositions: frozenset[str]  # "attacked the inquiry as 'garbage'": words
    attack_cause_prepositions: frozenset[str]  # "attacked over tax plans": a policy for a cause is words
    policy_patterns: frozenset[str]  # attack nouns that are words when aimed at a policy target
    policy_targets: frozenset[str]  # "an attack on the budget": a plan or statement, not a party
    social_ills: frozenset[str]  # "an assault on poverty": a campaign, no attack
    volley_verbs: frozenset[str]  # "bombarded the spokesman with questions": words, no attack ...
    volley_nouns: frozenset[str]  # ... with one of these and no weapon
    verbal_qualifiers: frozenset[str]  # "a scathing attack on the president": words
    joint_patterns: frozenset[str]  # acts of one side that, done together, are cooperation (exercises)
    sport_types: frozenset[str]  # the types sport is misread as (violence)
    sport_patterns: frozenset[str]  # "the coach was fined by the league": a fine in sport is play
    sport_verbs: frozenset[str]  # verbs that in sport are play, not violence ("beat", "clash", "hit")
    sport_words: frozenset[str]  # words of sport in the sentence that make them play
    armed_sectors: frozenset[str]  # a side of these sectors makes it violence after all ("fans clashed with police")
    joint_words: frozenset[str]  # modifiers of the act's object that say it was done together ("joint")
    political_sectors: frozenset[str]
    party_sectors: frozenset[str]  # "the Tories attacked Labour's spending": a party speaks, it does not fight
    weapon_words: frozenset[str]  # "attacked the activists with machetes": violence, not words
    follower_nouns: frozenset[str]  # "ruling party supporters attacked ...": its followers, who may fight
    physical_targets: frozenset[str]  # "attacked the leader's convoy": a thing hit, not words
    symmetric_types: frozenset[str]
    merged_roots: frozenset[str]
    distinct_roots: frozenset[str]  # roots whose three-digit codes never merge (an arrest and a seizure)
    person_pronouns: frozenset[str]
    body_pronouns: frozenset[str]  # "It also asked Colombia": the last sentence's state or organisation subject
    body_kinds: frozenset[str]  # the kinds of actor such a subject is (a state, an organisation)
    group_pronouns: frozenset[str]
    contrast_adverbs: frozenset[str]  # "However, it ...": may turn to the other party, no opening "It"
    detaining_modes: frozenset[str]  # "detained five men": an act whose people held a later "them" may mean
    detainee_acts: frozenset[str]  # "... and prosecutors charged them": acts done to people held
    group_phrases: tuple[str, ...]
    collective_anaphors: frozenset[str]  # "the group": the group, gang or organisation the article last named
    short_body_heads: frozenset[str]  # "the Community" after "the European Community": that organisation
    accused_anaphors: frozenset[str]  # "the accused": the person the article last named as charged or arrested
    collective_possessives: frozenset[str]  # "Iran said its forces ...": the speaker's forces
    counterpart_nouns: frozenset[str]  # "its creditors": others of the owner, not of the article's country
    company_anaphors: frozenset[str]  # "the company", "the firm": the company the text last called one
    business_sector: str  # a company is "the company" only when the text calls it so
    historic_codes: tuple[HistoricCode, ...]
    media_words: tuple[str, ...]
    press_sector: str
    broadcast_nouns: frozenset[str]  # "insisted on national radio": where it was said, no party
    programme_nouns: frozenset[str]  # "on Radio 4's Today programme": so with a broadcast in it
    outlet_nouns: frozenset[str]  # "a radio station": a media word's outlet (not "television sets", goods)
    people_words: frozenset[str]
    party_nouns: frozenset[str]
    people_counts: frozenset[str]  # "thousands marched": a count standing alone is people
    people_sector: str
    official_sectors: frozenset[str]  # a named holder of such an office in a one-country article is of it
    local_titles: frozenset[str]  # "Cusco Mayor Juan Perez": the place before one is the office's
    outward_offices: frozenset[str]  # "Foreign Minister X" in a story of two countries: either's
    home_prefixes: frozenset[str]  # "Shadow foreign secretary": an office at home, not abroad
    shadow_sectors: frozenset[str]  # "Shadow home secretary": the opposition's, no office held
    honorifics: frozenset[str]
    shared_body_names: frozenset[str]  # "Congress": the article country's in an article never naming the US
    acronym_joining_words: frozenset[str]  # "of", "the": left out of an acronym the article defines
    not_names: frozenset[str]
    rank_roles: frozenset[str]  # "Deputy Trade Minister": a minister, not a deputy
    ranked_role: str  # "the deputy head": an official of that rank
    multinational_regions: frozenset[str]  # "Latin American", "South China Sea": no one country
    multinational_adjectives: frozenset[str]  # "European allies", "Western diplomats": several countries
    foreign_adjectives: frozenset[str]  # "foreign governments", "international lenders": not the article's country
    route_prepositions: frozenset[str]  # "smuggled via Paraguay": a route, half a mention of the article's country
    foreign_office_words: frozenset[str]  # "the foreign minister", "the Foreign Office": a country's own office
    compass_words: frozenset[str]  # "Western Cambodia": a part of the place after it
    water_words: frozenset[str]  # "attacked in the Red Sea": at sea, no country's attackers
    region_kinds: frozenset[str]  # "Tavush Province": the region before it
    smaller_region_kinds: frozenset[str]  # "a Texas county": in the known region (US state) before it only
    not_subdivisions: frozenset[str]  # "north", "Gulf", "Ulster": a region's name in ISO 3166-2, not in the news
    stance_prefixes: frozenset[str]  # "anti-", "pro-": the country after one is a cause, not the actor's
    stance_suffixes: frozenset[str]  # "Russian-backed": the country before one is a backer, not the actor's
    residence_prepositions: frozenset[str]
    residence_qualifiers: frozenset[str]
    origin_nouns: frozenset[str]  # "workers of Indian origin": a nationality that is only where they came from
    government_words: frozenset[str]
    government_sector: str
    leader_government_nouns: frozenset[str]  # "the Morales government": the leader of that surname then in office
    leader_roles: frozenset[str]  # ... who held one of these roles (head of state or government) that day
    ngo_nouns: frozenset[str]  # "aid charity Actionaid": a named non-governmental organisation ...
    ngo_code: str  # ... coded so (PLOVER's NGO)

    @property
    def rereadings(self) -> frozenset[str]:
        """The re-readings (pattern id suffixes after "+") the lexicon defines."""
        return frozenset(REREADINGS)

    def implies_authorities(self, event: str, modes: Collection[str], recipients: bool, pattern: str = "") -> bool:
        """Whether an agentless passive of this type and modes (or sending pattern), with or without someone it was
        done to, has the authorities as its actor ("five men were arrested", "was extradited to the US"; not "the
        single was released")."""
        if pattern in self.sending_patterns:
            return recipients
        if not recipients and not self.authority_recipient_modes.isdisjoint(modes):
            return False
        return event in self.authority_types or not self.authority_modes.isdisjoint(modes)

    def authority_sector(self, lemma: str, modes: Collection[str] = ()) -> str:
        """The sector of the implied authorities of an agentless passive, by its trigger's lemma, else by its mode
        (a sentence is a court's: "was condemned to 10 years")."""
        by_mode = self.court_sector if not self.court_modes.isdisjoint(modes) else self.authority_default_sector
        return next((s for s, words in self.authority_sectors.items() if lemma in words), by_mode)

    def pentaclass(self, cameo: str) -> str:
        """The pentaclass of a CAMEO code ("0", statements, when its root has none)."""
        return self.pentaclass_roots.get(cameo[:2], "0")

    def merge_root(self, cameo: str) -> str:
        """The CAMEO root two mentions must share to merge (merged roots count as the lowest of them)."""
        root = cameo[:2]
        return min(self.merged_roots) if root in self.merged_roots else root

    def historic(self, code: str | None, when: date | None) -> str | None:
        """The code a country acted as at ``when`` (RUS before 1991-12-26 is SUN)."""
        if code is None or when is None:
            return code
        return next((h.acts_as for h in self.historic_codes if h.code == code and when < h.before), code)


# -- validation ----------------------------------------------------------------------------------------------------
class _Known:
    """What lexicon entries may name: the ontology's codes, country codes, trigger pattern ids."""

    def __init__(self, ontology: Ontology, codes: Collection[str], patterns: Collection[str]) -> None:
        self.onto = ontology
        self.codes = codes
        self.patterns = patterns
        self.modes = frozenset(m for t in ontology.plover.values() for m in t.modes)
        self.roots = frozenset(code[:2] for code in ontology.cameo)


def _strings(value: object, where: str) -> list[str]:
    items = value if isinstance(value, list) else None
    if items is None or not all(isinstance(v, str) and v for v in items):
        raise DictionaryError(f"expected a list of non-empty strings, found {value!r}", where=where)
    return items


def _words(value: object, known: _Known, where: str) -> list[str]:
    items = _strings(value, where)
    upper = [v for v in items if v != v.lower()]
    if upper:
        raise DictionaryError(
            f"words must be lower case (the rules compare lower-cased text), found {upper}", where=where
        )
    return items


def _codes(
    what: str, pool: Callable[[_Known], Collection[str]], hint: str
) -> Callable[[object, _Known, str], list[str]]:
    def check(value: object, known: _Known, where: str) -> list[str]:
        items = _strings(value, where)
        bad = [v for v in items if v not in pool(known)]
        if bad:
            raise DictionaryError(f"unknown {what} {', '.join(map(repr, bad))}", hint=hint, where=where)
        return items

    return check


_types = _codes("PLOVER type", lambda k: k.onto.plover, 'use a type of ontology.json\'s "plover" (AGREE ... ASSAULT)')
_cameo = _codes("CAMEO code", lambda k: k.onto.cameo, 'use a code of ontology.json\'s "cameo"')
_roots = _codes("CAMEO root", lambda k: k.roots, "use the first two digits of a CAMEO code")
_sectors = _codes("sector", lambda k: k.onto.sectors, 'use a sector of ontology.json\'s "sectors"')
_modes = _codes("PLOVER mode", lambda k: k.modes, 'use a mode of a type in ontology.json\'s "plover"')
_patterns = _codes("trigger pattern", lambda k: k.patterns, "use the id of a pattern in triggers*.json")
_contexts = _codes("PLOVER context", lambda k: k.onto.contexts, 'use a context of ontology.json\'s "contexts"')
_nonstate = _codes("non-state code", lambda k: k.onto.nonstate_codes, 'use a code of ontology.json\'s "nonstate_codes"')


def _one(check: Callable[[object, _Known, str], list[str]]) -> Callable[[object, _Known, str], str]:
    def single(value: object, known: _Known, where: str) -> str:
        if not isinstance(value, str):
            raise DictionaryError(f"expected one string, found {value!r}", where=where)
        return check([value], known, where)[0]

    return single


def _map(
    keys: Callable[[object, _Known, str], list[str]], values: Callable[[object, _Known, str], Any]
) -> Callable[[object, _Known, str], dict[str, Any]]:
    def check(value: object, known: _Known, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise DictionaryError(f"expected an object, found {value!r}", where=where)
        keys(list(value), known, where)
        return {k: values(v, known, f"{where}.{k}") for k, v in value.items()}

    return check


def _number(value: object, known: _Known, where: str) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 1:
        raise DictionaryError(f"expected a number in [0, 1], found {value!r}", where=where)
    return float(value)


def _regex(value: object, known: _Known, where: str) -> str:
    if not isinstance(value, str):
        raise DictionaryError(f"expected a regular expression (a string), found {value!r}", where=where)
    try:
        re.compile(value)
    except re.error as exc:
        raise DictionaryError(f"invalid regular expression: {exc}", where=where) from None
    return value


def _class(value: object, known: _Known, where: str) -> list[str]:
    items = _strings(value, where)
    bad = [v for v in items if v not in ("0", "1", "2", "3", "4")]
    if bad:
        raise DictionaryError(f"pentaclasses are the digits 0-4, found {bad}", where=where)
    return items


_RECODING_KEYS = frozenset({"event", "cameo", "by_event"})


def _recoding(value: object, known: _Known, where: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) - _RECODING_KEYS:
        raise DictionaryError(f"expected an object with keys {sorted(_RECODING_KEYS)}, found {value!r}", where=where)
    out: dict[str, Any] = {}
    if "event" in value:
        out["event"] = _one(_types)(value["event"], known, f"{where}.event")
    if "cameo" in value:
        out["cameo"] = _one(_cameo)(value["cameo"], known, f"{where}.cameo")
    if "by_event" in value:
        out["by_event"] = _map(_types, _one(_cameo))(value["by_event"], known, f"{where}.by_event")
    return out


def _historic(value: object, known: _Known, where: str) -> list[dict[str, str]]:
    if not isinstance(value, list):
        raise DictionaryError('expected a list of {"code", "as", "before"} objects', where=where)
    for n, entry in enumerate(value, start=1):
        w = f"{where}[{n}]"
        if not isinstance(entry, dict) or set(entry) != {"code", "as", "before"}:
            raise DictionaryError(f'expected an object with "code", "as", "before", found {entry!r}', where=w)
        for key in ("code", "as"):
            if entry[key] not in known.codes:
                raise DictionaryError(
                    f"unknown country code {entry[key]!r}", hint="use a code of countries.json", where=w
                )
        try:
            date.fromisoformat(entry["before"])
        except (TypeError, ValueError):
            raise DictionaryError(f"bad date {entry['before']!r} (use YYYY-MM-DD)", where=w) from None
    return value


@dataclass(frozen=True)
class _Kind:
    """How a field is checked, how files combine on it (``list``: entries added; ``map``: keys added or replaced,
    list values extended; ``one``: replaced) and what it becomes."""

    check: Callable[[object, _Known, str], Any]
    merge: str
    build: Callable[[Any], Any]


def _frozen_map(value: dict[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(value))


WORDS = _Kind(_words, "list", frozenset)
PHRASES = _Kind(_words, "list", tuple)
WORD = _Kind(_one(_words), "one", str)
TYPES = _Kind(_types, "list", frozenset)
CAMEOS = _Kind(_cameo, "list", frozenset)
ROOTS = _Kind(_roots, "list", frozenset)
SECTORS = _Kind(_sectors, "list", frozenset)
SECTOR = _Kind(_one(_sectors), "one", str)
MODES = _Kind(_modes, "list", frozenset)
MODE = _Kind(_one(_modes), "one", str)
PATTERNS = _Kind(_patterns, "list", frozenset)
NONSTATE = _Kind(_nonstate, "list", frozenset)
NUMBER = _Kind(_number, "one", float)
REGEX = _Kind(_regex, "one", re.compile)
RECODING = _Kind(_recoding, "map", dict)  # built into a Recoding with its field's name
HISTORIC = _Kind(
    _historic, "list", lambda v: tuple(HistoricCode(h["code"], h["as"], date.fromisoformat(h["before"])) for h in v)
)
TYPE_CAMEO = _Kind(_map(_types, _one(_cameo)), "map", _frozen_map)
CONTEXT_CAMEO = _Kind(_map(_contexts, _one(_cameo)), "map", _frozen_map)
CONTEXT_WORDS = _Kind(_map(_contexts, _words), "map", lambda v: MappingProxyType({k: tuple(w) for k, w in v.items()}))
SECTOR_WORDS = _Kind(_map(_sectors, _words), "map", lambda v: MappingProxyType({k: frozenset(w) for k, w in v.items()}))
CLASS_ROOTS = _Kind(_map(_class, _roots), "map", lambda v: MappingProxyType({r: c for c, rs in v.items() for r in rs}))
CLASS_TYPES = _Kind(_map(_class, _types), "map", lambda v: MappingProxyType({k: tuple(t) for k, t in v.items()}))

# section → its fields and their kinds, in lexicon.json's order
SECTIONS: dict[str, dict[str, _Kind]] = {
    "speech_verbs": {
        "speech_verbs": WORDS, "quoting_verbs": WORDS, "document_nouns": WORDS, "author_prepositions": WORDS,
    },
    "evaluations": {
        "evaluation_verbs": WORDS, "copulas": WORDS, "stative_verbs": WORDS, "negative_evaluations": WORDS,
        "positive_evaluations": WORDS,
        "relation_evaluations": WORDS,
        "evaluated_acts": WORDS,
    },
    "intent": {
        "pledge_patterns": PATTERNS,
        "intent_verbs": WORDS, "intent_adjectives": WORDS, "intent_nouns": WORDS, "assent_verbs": WORDS,
        "striving_verbs": WORDS, "striving_aims": WORDS, "opponent_prepositions": WORDS, "admitting_verbs": WORDS,
    },
    "quantity_nouns": {
        "quantity_nouns": WORDS, "share_nouns": WORDS, "tally_periods": WORDS, "tally_markers": WORDS,
        "tally_trends": WORDS,
        "duration_units": WORDS, "duration_anchors": WORDS,
    },
    "compound_nouns": {
        "compound_nouns": WORDS,
        "idiom_adverbs": WORDS,
        "outdoing_verbs": WORDS,
        "becoming_verbs": WORDS,
        "freeing_patterns": PATTERNS,
        "detention_places": WORDS,
        "storming_verbs": WORDS,
        "tendering_verbs": WORDS,
        "tender_nouns": WORDS,
        "capture_patterns": PATTERNS,
        "casualty_verbs": WORDS,
    },
    "particle_prepositions": {"particle_prepositions": WORDS},
    "provision_prepositions": {
        "provision_prepositions": WORDS, "provision_verbs": WORDS, "currency_words": WORDS, "pricing_verbs": WORDS,
    },
    "light_objects": {"light_objects": WORDS},
    "noun_participant_prepositions": {"noun_participant_prepositions": WORDS},
    "obliging_modals": {"obliging_modals": WORDS, "obliging_verbs": WORDS, "subjunctive_verbs": WORDS},
    "relative_pronouns": {"relative_pronouns": WORDS, "place_relatives": WORDS, "meeting_points": WORDS},
    "instruments": {
        "instruments": WORDS, "blaze_words": WORDS, "equipment_nouns": WORDS, "accompanying_prepositions": WORDS,
    },
    "stative_passives": {
        "stative_passives": WORDS, "standing_ban_verbs": WORDS, "rule_nouns": WORDS, "ban_news_words": WORDS,
        "ban_dating_prepositions": WORDS, "ban_cause_prepositions": WORDS, "ban_measure_words": WORDS,
    },
    "partners": {"partner_nouns": WORDS},
    "own_acts": {
        "continuing_verbs": WORDS, "occurring_verbs": WORDS, "unfolding_verbs": WORDS, "holding_verbs": WORDS,
    },
    "descriptions": {"describing_nouns": WORDS},
    "claims": {"claiming_verbs": WORDS, "claimed_nouns": WORDS},
    "reactions": {
        "reaction_nouns": WORDS, "drawing_verbs": WORDS, "coming_verbs": WORDS,
        "refusal_verbs": WORDS, "demand_verbs": WORDS, "defiance_prepositions": WORDS, "defied_nouns": WORDS,
    },
    "modality": {
        "weighing_verbs": WORDS, "refusing_heads": WORDS, "refusable_verbs": WORDS, "refusing_modals": WORDS,
        "excuse_marks": WORDS, "prospective_words": WORDS, "facing_verbs": WORDS, "faced_acts": WORDS,
        "conditioning_verbs": WORDS, "scheduling_words": WORDS,
        "reported_nouns": WORDS, "falsity_words": WORDS,
        "negating_heads": WORDS, "pending_adverbs": WORDS,
        "inference_verbs": WORDS, "modal_auxiliaries": WORDS, "hedging_modals": WORDS,
        "future_auxiliaries": WORDS, "condition_marks": WORDS,
        "purpose_marks": WORDS, "time_marks": WORDS, "pending_marks": WORDS, "ability_nouns": WORDS,
        "exercising_verbs": WORDS,
        "questioning_verbs": WORDS, "question_marks": WORDS, "question_prepositions": WORDS,
        "proviso_marks": WORDS, "inverting_auxiliaries": WORDS, "answering_words": WORDS,
        "restricting_words": WORDS, "passive_prepositions": WORDS, "passive_particles": WORDS,
        "ultimatum_marks": WORDS, "comparison_marks": WORDS,
        "negative_subjects": WORDS, "prospect_nouns": WORDS, "chance_adjectives": WORDS, "aim_nouns": WORDS,
        "survey_nouns": WORDS, "evidence_nouns": WORDS,
    },
    "background": {
        "background_cues": PHRASES, "habitual_adverbs": WORDS, "background_span": REGEX,
        "place_history_words": WORDS, "depicting_verbs": WORDS,
    },
    "detector": {"detector_skip_verbs": WORDS, "model_recipient_slots": PHRASES},
    "participant_pronouns": {"participant_pronouns": WORDS},
    "headline_suffixes": {"headline_suffixes": PHRASES},
    "generic_cameo": {"generic_cameo": TYPE_CAMEO},
    "pentaclass": {"pentaclass_roots": CLASS_ROOTS, "pentaclass_types": CLASS_TYPES},
    "place_prepositions": {
        "place_prepositions": WORDS, "away_prepositions": WORDS,
        "party_prepositions": WORDS, "placed_agents": WORDS,
        "stationed_prepositions": WORDS,
        "member_nouns": WORDS,
        "representing_nouns": WORDS,
    },
    "adjuncts": {
        "adjunct_prepositions": WORDS, "pending_prepositions": WORDS,
        "elaborating_types": TYPES, "agreement_nouns": WORDS, "told_charges": TYPES,
        "idiom_subjects": WORDS,
    },
    "wrongdoing": {
        "alleging_verbs": WORDS, "alleged_types": TYPES, "reproaching_verbs": WORDS, "reproach_followups": TYPES,
        "finding_verbs": WORDS,
        "wrongdoing_verbs": WORDS,
        "wronged_only": WORDS,
        "untrusted_verbs": WORDS,
        "wrongdoers": WORDS,
        "plotting_verbs": WORDS,
        "plot_nouns": WORDS,
    },
    "consequences": {
        "consequence_verbs": WORDS, "consequence_nouns": WORDS, "consequence_auxiliaries": WORDS,
        "outward_constructions": WORDS,
    },
    "placed_acts": {"placed_act_nouns": WORDS},
    "settlement_nouns": {"settlement_nouns": WORDS},
    "context_words": {"context_words": CONTEXT_WORDS},
    "intent_by_context": {"intent_refines": CAMEOS, "intent_by_context": CONTEXT_CAMEO},
    "recodings": {"intent": RECODING, "threat": RECODING, "accord": RECODING},
    "threat_when_promised": {
        "threat_when_promised": TYPES,
        "threat_when_conditioned": TYPES,
        "ultimatum_types": TYPES,
        "penalty_verbs": WORDS,
        "penalty_nouns": WORDS,
        "warning_verbs": WORDS,
        "hostile_nouns": WORDS,
        "caution_modals": WORDS,
        "consenting_verbs": WORDS,
    },
    "accord": {"accord_verbs": WORDS, "accord_topic_prepositions": WORDS},
    "rereadings": {
        "refused": RECODING, "peacekeeping": RECODING, "troops": RECODING, "verbal": RECODING,
        "diplomatic": RECODING, "joint": RECODING, "calling": RECODING, "calling_patterns": PATTERNS,
        "calling_hosts": WORDS, "calling_matters": WORDS,
    },
    "troops": {"troop_words": WORDS, "troop_types": TYPES, "peacekeeping_cue": WORD, "marching_patterns": PATTERNS},
    "visits": {
        "stay_patterns": PATTERNS, "stay_not_visitors": WORDS,
        "visit_types": TYPES, "visit_mode": MODE, "visiting_words": WORDS, "not_visitor_sectors": SECTORS,
        "hosted_visitor_sectors": SECTORS,
        "occasion_prepositions": WORDS, "occasion_parts": WORDS, "purpose_prepositions": WORDS, "going_verbs": WORDS,
        "origin_prepositions": WORDS,
    },
    "declining_to_speak": {"declining_types": TYPES, "speaking_verbs": WORDS},
    "targets": {
        "needs_recipient": TYPES, "wants_target": TYPES, "content_targets": TYPES, "placed_targets": TYPES,
        "placed_patterns": PATTERNS,
        "untargeted_modes": MODES,
        "acts_suffice": TYPES, "content_suffices": TYPES, "content_sectors": SECTORS, "counterpart_types": TYPES,
        "counterpart_not_needed": CAMEOS, "assembly_codes": NONSTATE, "mutual_types": TYPES, "mutual_cameos": CAMEOS,
        "mutual_patterns": PATTERNS, "reciprocal_pronouns": WORDS,
        "one_sided_patterns": PATTERNS,
        "flagged_patterns": PATTERNS,
        "statecraft_patterns": PATTERNS,
        "unaiding_types": TYPES,
        "unaiding_sectors": SECTORS,
        "giving_types": TYPES,
        "patient_types": TYPES,
    },
    "implicit_authority": {
        "authority_types": TYPES, "sending_patterns": PATTERNS,
        "authority_modes": MODES, "authority_own_country_types": TYPES,
        "authority_foreign_types": TYPES, "authority_recipient_modes": MODES,
        "authority_only_acts": WORDS, "authority_sectors": SECTOR_WORDS, "authority_default_sector": SECTOR,
        "charging_patterns": PATTERNS, "duty_verbs": WORDS,
        "court_modes": MODES, "court_sector": SECTOR, "enforcing_verbs": WORDS,
        "suspect_words": WORDS, "suspect_sector": SECTOR,
        "authority_countryless_sectors": SECTORS, "speaker_asks_types": TYPES,
    },
    "implicit_crowd": {
        "crowd_types": TYPES,
        "campaign_nouns": WORDS,
        "campaign_speaking_verbs": WORDS,
        "campaign_setting_prepositions": WORDS,
        "crowd_sector": SECTOR,
        "protested_types": TYPES,
        "protested_sector": SECTOR,
    },
    "unnamed_attackers": {
        "attacker_types": TYPES,
        "attacker_min_weight": NUMBER,
        "surviving_verbs": WORDS,
        "attack_nouns": WORDS,
        "attack_prepositions": WORDS,
        "aftermath_prepositions": WORDS,
        "clash_nouns": WORDS,
        "accident_words": WORDS,
        "fire_words": WORDS,
        "armed_fire_words": WORDS,
        "fired_prepositions": WORDS,
        "self_objects": WORDS,
    },
    "earlier_acts": {
        "responding_types": TYPES,
        "referred_types": TYPES,
        "referring_determiners": WORDS,
        "harm_nouns": WORDS,
        "victim_prepositions": WORDS,
    },
    "verbal_attacks": {
        "verbal_patterns": PATTERNS, "figurative_patterns": PATTERNS, "diplomatic_patterns": PATTERNS,
        "reciprocal_patterns": PATTERNS, "quarrel_verbs": WORDS, "quarrel_sectors": SECTORS,
        "defending_patterns": PATTERNS,
        "regret_patterns": PATTERNS, "regret_nouns": WORDS, "regret_prepositions": WORDS,
        "regretted_acts": WORDS,
        "employee_words": WORDS, "describing_prepositions": WORDS,
        "attack_cause_prepositions": WORDS,
        "policy_patterns": PATTERNS, "policy_targets": WORDS, "social_ills": WORDS,
        "volley_verbs": WORDS, "volley_nouns": WORDS, "verbal_qualifiers": WORDS,
        "political_sectors": SECTORS,
        "party_sectors": SECTORS,
        "weapon_words": WORDS,
        "follower_nouns": WORDS,
        "physical_targets": WORDS,
    },
    "joint_acts": {"joint_patterns": PATTERNS, "joint_words": WORDS},
    "sport": {
        "sport_types": TYPES, "sport_patterns": PATTERNS, "sport_verbs": WORDS, "sport_words": WORDS,
        "armed_sectors": SECTORS,
    },
    "merge": {"symmetric_types": TYPES, "merged_roots": ROOTS, "distinct_roots": ROOTS},
    "pronouns": {
        "person_pronouns": WORDS, "body_pronouns": WORDS, "body_kinds": WORDS, "group_pronouns": WORDS,
        "detaining_modes": WORDS, "detainee_acts": WORDS, "group_phrases": PHRASES,
        "contrast_adverbs": WORDS, "collective_anaphors": WORDS,
        "short_body_heads": WORDS,
        "accused_anaphors": WORDS, "collective_possessives": WORDS, "counterpart_nouns": WORDS,
        "company_anaphors": WORDS, "business_sector": SECTOR,
    },
    "historic_codes": {"historic_codes": HISTORIC},
    "media": {
        "media_words": PHRASES,
        "press_sector": SECTOR,
        "broadcast_nouns": WORDS,
        "programme_nouns": WORDS,
        "outlet_nouns": WORDS,
    },
    "people": {"people_words": WORDS, "party_nouns": WORDS, "people_counts": WORDS, "people_sector": SECTOR},
    "officials": {
        "official_sectors": SECTORS, "local_titles": WORDS, "outward_offices": WORDS, "home_prefixes": WORDS,
        "shadow_sectors": SECTORS,
    },
    "names": {
        "honorifics": WORDS, "not_names": WORDS, "shared_body_names": WORDS, "acronym_joining_words": WORDS,
        "rank_roles": WORDS, "ranked_role": WORD,
    },
    "regions": {
        "multinational_regions": WORDS,
        "multinational_adjectives": WORDS,
        "foreign_adjectives": WORDS,
        "route_prepositions": WORDS,
        "foreign_office_words": WORDS,
        "stance_prefixes": WORDS, "stance_suffixes": WORDS,
        "compass_words": WORDS,
        "water_words": WORDS,
        "region_kinds": WORDS, "smaller_region_kinds": WORDS,
        "not_subdivisions": WORDS,
    },
    "residence": {"residence_prepositions": WORDS, "residence_qualifiers": WORDS, "origin_nouns": WORDS},
    "governments": {
        "government_words": WORDS, "government_sector": SECTOR,
        "leader_government_nouns": WORDS, "leader_roles": WORDS,
    },
    "nongovernmental": {"ngo_nouns": WORDS, "ngo_code": SECTOR},
}  # fmt: skip
_TOP = frozenset({"name", "version", "comment"})
_IN_SECTION = frozenset({"comment", "replace"})


def _combine(kind: _Kind, old: Any, new: Any, replace: bool) -> Any:
    if old is None or kind.merge == "one":
        return new
    if kind.merge == "list":
        return list(new) if replace else [*old, *(v for v in new if v not in old)]
    out = dict(old)
    for key, value in new.items():
        if isinstance(value, list) and isinstance(out.get(key), list) and not replace:
            out[key] = [*out[key], *(v for v in value if v not in out[key])]
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out


def _whole(merged: dict[str, Any], known: _Known, where: str) -> None:
    """Checks across fields, once every file is in."""
    missing = [f for spec in SECTIONS.values() for f in spec if f not in merged]
    if missing:
        raise DictionaryError(f"fields {missing} are missing", hint="reinstall eventwire (lexicon.json)", where=where)
    untyped = sorted(set(known.onto.plover) - set(merged["generic_cameo"]))
    if untyped:
        raise DictionaryError(f"generic_cameo lacks the types {untyped}", where=f"{where}: generic_cameo")
    extra = sorted(set(merged["needs_recipient"]) - set(merged["wants_target"]))
    if extra:
        raise DictionaryError(f"types {extra} need a recipient but are not in wants_target", where=f"{where}: targets")
    untyped = sorted(set(merged["pentaclass_roots"]) - {"0"} - set(merged["pentaclass_types"]))
    if untyped:
        raise DictionaryError(f"pentaclasses {untyped} have no types", where=f"{where}: pentaclass")
    seen: dict[str, str] = {}
    for cls, roots in merged["pentaclass_roots"].items():
        for root in roots:
            if seen.setdefault(root, cls) != cls:
                raise DictionaryError(f"CAMEO root {root!r} is in pentaclasses {seen[root]} and {cls}",
                                      where=f"{where}: pentaclass")  # fmt: skip
    for name in (*_BY_EVENT, *_ONE_CODE):
        need = "by_event" if name in _BY_EVENT else "cameo"
        if "event" not in merged[name] or not merged[name].get(need):
            raise DictionaryError(f'the {name} recoding needs "event" and "{need}"', where=f"{where}: {name}")


def build_lexicon(
    files: list[tuple[str, dict[str, Any]]], ontology: Ontology, codes: Collection[str], patterns: Collection[str]
) -> Lexicon:
    """The lexicon from the packaged file and the user's (in order), each checked against the ontology, the country
    codes and the trigger pattern ids; errors name the file, the section and the field."""
    known = _Known(ontology, codes, patterns)
    kinds = {f: k for spec in SECTIONS.values() for f, k in spec.items()}
    merged: dict[str, Any] = {}
    for where, data in files:
        for section, body in data.items():
            if section in _TOP:
                continue
            spec = SECTIONS.get(section)
            if spec is None:
                raise DictionaryError(f"unknown section {section!r}", hint=f"sections: {', '.join(SECTIONS)}",
                                      where=where)  # fmt: skip
            w = f"{where}: {section}"
            if not isinstance(body, dict):
                raise DictionaryError("a section must be an object", where=w)
            unknown = sorted(set(body) - set(spec) - _IN_SECTION)
            if unknown:
                raise DictionaryError(f"unknown keys {unknown}", hint=f"allowed: {sorted(spec)}", where=w)
            for field, value in body.items():
                if field in spec:
                    new = spec[field].check(value, known, f"{w}.{field}")
                    merged[field] = _combine(spec[field], merged.get(field), new, bool(body.get("replace")))
    where = files[-1][0] if files else "lexicon.json"
    _whole(merged, known, where)
    built = {f: kinds[f].build(v) for f, v in merged.items()}
    for name in (*_BY_EVENT, *_ONE_CODE):
        rec = merged[name]
        built[name] = Recoding(name, rec["event"], rec.get("cameo"), MappingProxyType(dict(rec.get("by_event", {}))))
    return Lexicon(**built)
