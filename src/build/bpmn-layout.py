#!/usr/bin/env python3
"""Adds diagram information (BPMN DI) to the models in bpmn/ from the layout tables below.

Run after changing a model's elements: python3 src/build/bpmn-layout.py. Coordinates are computed from a grid
(centre x, centre y per element), never edited by hand; edges are routed orthogonally. Camunda Modeler opens the
result with this layout.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {
    "bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
    "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
    "dc": "http://www.omg.org/spec/DD/20100524/DC",
    "di": "http://www.omg.org/spec/DD/20100524/DI",
}
SIZES = {"startEvent": (36, 36), "endEvent": (36, 36), "boundaryEvent": (36, 36), "exclusiveGateway": (50, 50),
         "parallelGateway": (50, 50), "intermediateCatchEvent": (36, 36), "intermediateThrowEvent": (36, 36)}
TASK = (100, 80)

# element id -> (centre x, centre y) ; sub-processes: (x, y, width, height) of the box
# boundary events: ("boundary", dx) = offset of the centre from the host's left edge, on the host's bottom edge
LAYOUTS = {
    "Campaign.bpmn": {
        "StartEvent_PlanIssued": (100, 230), "ServiceTask_OpenCampaign": (230, 230), "Gateway_LowerFork": (370, 230),
        "CallActivity_RunLowerCampaigns": (520, 230), "CallActivity_HoldLowerConferences": (520, 370),
        "SubProcess_AwaitLowerReport": (440, 500, 600, 360),
        "StartEvent_AwaitReport": (490, 570), "ReceiveTask_LowerReport": (600, 570),
        "ServiceTask_RecordLowerReport": (760, 570), "EndEvent_LowerReported": (900, 570),
        "BoundaryEvent_LowerReportDue": ("boundary", 70),
        "Gateway_DecideMerge": (620, 700), "UserTask_DecideMissingReport": (750, 700),
        "Gateway_Waived": (890, 700), "EndEvent_LowerUnitWaived": (990, 700), "TimerEvent_WaitForReport": (820, 810),
        "ServiceTask_CollectLowerDelegates": (1130, 680), "CallActivity_HoldOwnConference": (520, 90),
        "ServiceTask_ReportCampaignResults": (1300, 90), "Gateway_LowerJoin": (1560, 230),
        "ServiceTask_CloseCampaign": (1680, 230), "EndEvent_CampaignClosed": (1810, 230),
        "Gateway_PeriodicReports": (440, 960), "ReceiveTask_AwaitCampaignClosed": (580, 960),
        "BoundaryEvent_ProgressReportDue": ("boundary", 70), "ServiceTask_SendProgressReport": (700, 1070),
        "EndEvent_ProgressReportSent": (830, 1070), "EndEvent_MonitoringEnded": (720, 960),
        "EndEvent_NoPeriodicReports": (520, 1150), "UserTask_DecideDelegateQuota": (760, 455),
    },
    "UnitConference.bpmn": {
        "StartEvent_ConferencePlanned": (40, 220), "ServiceTask_PrepareConference": (140, 220),
        "Gateway_LowerDelegatesFork": (240, 220), "Gateway_AwaitLowerDelegates": (330, 560),
        "ReceiveTask_AwaitLowerDelegates": (480, 560), "Gateway_LowerDelegatesReady": (640, 560),
        "Gateway_NominationsJoin": (1120, 450),
        "Gateway_PilotConsultation": (320, 220), "UserTask_ConsultUpperCouncilOnPilotPlan": (440, 340),
        "Gateway_PilotConsultationDone": (560, 220),
        "UserTask_ScheduleConference": (780, 220), "ServiceTask_CheckConferencePlan": (930, 220),
        "UserTask_SubmitNominations": (1190, 220),
        "ServiceTask_CheckNominations": (1340, 220), "Gateway_CompositionMerge": (1470, 220),
        "UserTask_ProposeDelegateComposition": (1590, 220), "ServiceTask_CheckComposition": (1740, 220),
        "UserTask_VoteOnNominees": (2220, 220),
        "BoundaryEvent_VoteReminder": ("boundary", 20), "BoundaryEvent_VoteDeadline": ("boundary", 80),
        "ServiceTask_RemindVote": (2290, 470), "EndEvent_VoteReminded": (2420, 470),
        "ServiceTask_EscalateOverdueVote": (2330, 360), "EndEvent_VoteEscalated": (2610, 360),
        "ServiceTask_TallyVotes": (2370, 220), "Gateway_VotePassed": (2650, 220),
        "SubProcess_DossierApproval": (2900, 110, 700, 420), "StartEvent_DossierStarted": (2950, 220),
        "Gateway_DossierMerge": (3040, 220), "UserTask_SubmitDossier": (3160, 220),
        "UserTask_ReviewDossier": (3320, 220), "Gateway_DossierApproved": (3450, 220),
        "EndEvent_DossierApproved": (3520, 220),
        "BoundaryEvent_DossierReminder": ("boundary", 300),
        "BoundaryEvent_DossierDeadline": ("boundary", 420), "ServiceTask_RemindDossier": (3300, 760),
        "EndEvent_DossierReminded": (3430, 760), "ServiceTask_EscalateOverdueDossier": (3430, 640),
        "EndEvent_DossierEscalated": (3570, 640), "Gateway_TimingMerge": (3630, 220),
        "ServiceTask_CheckDossierTiming": (3740, 220), "Gateway_DossierOnTime": (3870, 220),
        "UserTask_DecideLateDossier": (3990, 360), "Gateway_LateDossierAction": (4130, 360),
        "Gateway_ReadyMerge": (4230, 220), "UserTask_RecordConferenceHeld": (4350, 220),
        "ServiceTask_ReportConferenceResults": (4500, 220), "EndEvent_ResultsReported": (4630, 220),
        "Gateway_SubmissionsFork": (1120, 600),
        "ServiceTask_OpenSubmissions": (1240, 760), "Gateway_CommitteeAndSubmissions": (1350, 760),
        "Gateway_CommitteeRequired": (1350, 900), "UserTask_EstablishOrganizingCommittee": (1480, 1000),
        "Gateway_CommitteeDone": (1610, 900), "EndEvent_CommitteeDone": (1610, 820),
        "SubProcess_Submissions": (1690, 640, 620, 360), "StartEvent_SubmissionOpened": (1740, 740),
        "UserTask_SendSubmission": (1860, 740), "EndEvent_SubmissionSent": (2000, 740),
        "EndEvent_SubmissionsDone": (2380, 760), "Gateway_CouncilMerge": (1960, 220),
        "Gateway_CouncilReady": (2060, 220), "UserTask_MaintainCouncil": (2010, 340),
        "UserTask_SignVoteMinutes": (2520, 220),
        "CallActivity_CarryOutDuties": (1240, 1100), "EndEvent_DutiesCarriedOut": (1380, 1100),
        "Gateway_CommendationFork": (2760, 220), "Gateway_CommendationRequired": (2760, 1000),
        "CallActivity_Commendation": (2900, 1000), "EndEvent_Commended": (3040, 1000),
        "EndEvent_NoCommendation": (2760, 1120),
    },
    "Commendation.bpmn": {
        "StartEvent_VotePassed": (80, 160), "Gateway_DraftMerge": (180, 160), "UserTask_DraftCommendation": (300, 160),
        "UserTask_ApproveCommendation": (450, 160), "Gateway_CommendationApproved": (580, 160),
        "ServiceTask_IssueCommendationDecisions": (710, 160), "UserTask_UploadSignedDecision": (860, 160),
        "EndEvent_Commended": (990, 160),
    },
    "UnitDuties.bpmn": {
        "StartEvent_DutiesAssigned": (80, 160), "ServiceTask_OpenDuties": (200, 160), "Gateway_DutiesFork": (330, 160),
        "SubProcess_Duties": (420, 60, 620, 360), "StartEvent_DutyOpened": (470, 160),
        "UserTask_ReportDutyDone": (590, 160), "EndEvent_DutyDone": (730, 160),
        "BoundaryEvent_DutyReminder": ("boundary", 20), "BoundaryEvent_DutyDeadline": ("boundary", 80),
        "ServiceTask_RemindDuty": (690, 360), "EndEvent_DutyReminded": (820, 360),
        "ServiceTask_EscalateOverdueDuty": (850, 260), "EndEvent_DutyEscalated": (980, 260),
        "EndEvent_DutiesDone": (1110, 160),
        "Gateway_SupervisionRequired": (330, 520), "UserTask_AssignSupervisor": (470, 620),
        "EndEvent_SupervisorAssigned": (610, 620), "EndEvent_NoSupervision": (470, 520),
        "SubProcess_ConferenceReported": (760, 480, 300, 160), "StartEvent_ConferenceReported": (820, 560),
        "EndEvent_DutiesClosed": (980, 560),
    },
}
# back edges: flow id -> ("up"|"down", y of the horizontal run)
ROUTES = {
    "SequenceFlow_VoteFailed": ("up", 60),
    "SequenceFlow_DossierReturned": ("up", 150),
    "SequenceFlow_Rescheduled": ("down", 450),
    "SequenceFlow_ToOwnConference": ("over", 90),
    "SequenceFlow_NoLowerDelegates": ("down", 650),
    "SequenceFlow_LowerDelegatesToJoin": ("over", 450),
    "SequenceFlow_JoinToNominations": ("left-in", None),
    "SequenceFlow_ToSubmissions": ("right", None),
}


def local(tag):
    return tag.split("}")[1]


def main():
    root_dir = Path(__file__).resolve().parents[2] / "bpmn"
    for name, layout in LAYOUTS.items():
        path = root_dir / name
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\s*<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "", text, flags=re.S)
        tree = ET.fromstring(text.encode("utf-8"))
        process = tree.find("bpmn:process", NS)
        bounds, kinds, hosts = {}, {}, {}
        elements = [e for e in process.iter() if e.get("id") and local(e.tag) not in
                    ("sequenceFlow", "process", "timerEventDefinition", "multiInstanceLoopCharacteristics", "messageEventDefinition",
                     "terminateEventDefinition")]
        for e in elements:
            kinds[e.get("id")] = local(e.tag)
            if local(e.tag) == "boundaryEvent":
                hosts[e.get("id")] = e.get("attachedToRef")
        for eid, kind in kinds.items():
            pos = layout.get(eid)
            if pos is None:
                sys.exit(f"{name}: no layout for {eid}")
            if kind == "subProcess":
                bounds[eid] = pos
            elif kind != "boundaryEvent":
                w, h = SIZES.get(kind, TASK)
                bounds[eid] = (pos[0] - w / 2, pos[1] - h / 2, w, h)
        for eid, host in hosts.items():
            hx, hy, hw, hh = bounds[host]
            dx = layout[eid][1]
            bounds[eid] = (hx + dx - 18, hy + hh - 18, 36, 36)
        shapes, edges = [], []
        for eid, (x, y, w, h) in bounds.items():
            extra = ' isExpanded="true"' if kinds[eid] == "subProcess" else ""
            marker = ' isMarkerVisible="true"' if kinds[eid] == "exclusiveGateway" else ""
            label = ""
            siblings = sorted(b for b, hst in hosts.items() if hst == hosts.get(eid))
            if kinds[eid] == "boundaryEvent" and len(siblings) > 1:
                # two events on one edge: the left one's label stays centred under it, the right one's moves right of it
                # (bpmn-js lays an external label out 90 wide, centred on its bounds)
                hx = bounds[hosts[eid]][0]
                shift = 0 if x + w / 2 < hx + bounds[hosts[eid]][2] / 2 else 45
                label = (f'        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{x + w / 2 + shift - 45:g}" y="{y + h + 2:g}" '
                         f'width="90" height="27" />\n        </bpmndi:BPMNLabel>\n')
            shapes.append(f'      <bpmndi:BPMNShape id="{eid}_di" bpmnElement="{eid}"{extra}{marker}>\n'
                          f'        <dc:Bounds x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" />\n{label}'
                          f'      </bpmndi:BPMNShape>')
        for f in process.iter(f"{{{NS['bpmn']}}}sequenceFlow"):
            s, t = bounds[f.get("sourceRef")], bounds[f.get("targetRef")]
            pts = route(f.get("id"), s, t, kinds[f.get("sourceRef")])
            wps = "\n".join(f'        <di:waypoint x="{x:g}" y="{y:g}" />' for x, y in pts)
            edges.append(f'      <bpmndi:BPMNEdge id="{f.get("id")}_di" bpmnElement="{f.get("id")}">\n{wps}\n'
                         f'      </bpmndi:BPMNEdge>')
        diagram = (f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{process.get("id")}">\n'
                   f'    <bpmndi:BPMNPlane id="BPMNPlane_{process.get("id")}" bpmnElement="{process.get("id")}">\n'
                   + "\n".join(shapes + edges) + "\n    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n")
        text = text.replace("</bpmn:definitions>", diagram + "</bpmn:definitions>")
        path.write_text(text, encoding="utf-8")
        print(f"{name}: {len(shapes)} shapes, {len(edges)} edges")


def route(fid, s, t, source_kind):
    sx, sy, sw, sh = s
    tx, ty, tw, th = t
    scx, scy, tcx, tcy = sx + sw / 2, sy + sh / 2, tx + tw / 2, ty + th / 2
    if fid in ROUTES:
        way, y = ROUTES[fid]
        if way == "right":  # straight right at the source's height into the target's left side (a sub-process)
            return [(sx + sw, scy), (tx, scy)]
        if way == "left-in":  # up (or down) from the source, then right into the target's left side
            return [(scx, sy if tcy < scy else sy + sh), (scx, tcy), (tx, tcy)]
        if way == "over":  # up from the source's top, then right into the target's left side
            return [(scx, sy), (scx, y), (tx, y)]
        if way == "up":
            return [(scx, sy), (scx, y), (tcx, y), (tcx, ty)]
        return [(scx, sy + sh), (scx, y), (tcx, y), (tcx, ty + th)]
    left = tcx < scx - 1                       # a flow going back leftwards leaves/enters the other sides
    out_x, in_x = (sx, tx + tw) if left else (sx + sw, tx)
    if abs(scy - tcy) < 1:
        return [(out_x, scy), (in_x, tcy)]
    if abs(scx - tcx) < 1:                     # straight up or down
        return [(scx, sy + sh), (tcx, ty)] if tcy > scy else [(scx, sy), (tcx, ty + th)]
    if tcy > scy and (source_kind in ("exclusiveGateway", "boundaryEvent", "parallelGateway")):
        return [(scx, sy + sh), (scx, tcy), (in_x, tcy)]
    if tcy < scy:
        return [(out_x, scy), (tcx, scy), (tcx, ty + th)]
    return [(out_x, scy), (tcx, scy), (tcx, ty)]


if __name__ == "__main__":
    main()
