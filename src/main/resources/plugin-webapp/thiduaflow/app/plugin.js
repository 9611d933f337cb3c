/*
 * Thi Đua Flow — the campaign dashboard inside Cockpit (Cockpit's plugin API, Camunda 7.14+: an ES module whose default
 * export lists plugins). The page #/thi-dua shows every unit of a campaign the user may follow, its stage, its next
 * deadline and what is overdue, with the count of units per stage; the data comes from the plugin's own API
 * (DashboardPluginResource), which applies the user's groups. Every text from the server is put in the page as text,
 * never as HTML.
 */

const PAGE_SIZE = 50;
const TITLE = 'Theo dõi tiến độ đợt thi đua';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
    else if (name === 'className') node.className = value;
    else node.setAttribute(name, value === true ? '' : value);
  });
  children.flat(Infinity).forEach(child => {
    if (child === undefined || child === null) return;
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  });
  return node;
}

/** 2025-03-27 → 27/03/2025 (the date format of Vietnamese documents). */
function day(iso) {
  return iso ? iso.substring(0, 10).split('-').reverse().join('/') : '';
}

/** The page: its title, then what it shows now. */
function page(...content) {
  return el('section', {className: 'tdf-dashboard'}, el('h2', {}, TITLE), ...content);
}

function hashParameters() {
  const hash = window.location.hash || '';
  const query = hash.indexOf('?') >= 0 ? hash.substring(hash.indexOf('?') + 1) : '';
  return new URLSearchParams(query);
}

class Dashboard {
  constructor(node, api) {
    this.node = node;
    this.api = api;
    const parameters = hashParameters();
    this.filter = {
      campaign: parameters.get('campaign') || '',
      level: parameters.get('level') || '',
      stage: parameters.get('stage') || '',
      overdue: parameters.get('overdue') === 'true',
      page: 0
    };
  }

  async get(path) {
    const response = await fetch(
      `${this.api.cockpitApi}/plugin/thiduaflow/${this.api.engine}/dashboard/${path}`,
      {credentials: 'same-origin', headers: {Accept: 'application/json', 'X-XSRF-TOKEN': this.api.CSRFToken}});
    if (!response.ok) {
      let detail = `HTTP ${response.status}`;
      try {
        const problem = await response.json();
        detail = problem.vi || problem.detail || problem.message || detail;
      } catch (e) {
        // not JSON: the status says enough
      }
      throw new Error(detail);
    }
    return response.json();
  }

  async start() {
    this.node.replaceChildren(page(el('p', {className: 'tdf-loading'}, 'Đang tải…')));
    try {
      this.choices = await this.get('campaigns');
    } catch (e) {
      this.showError(e);
      return;
    }
    if (this.choices.campaigns.length === 0) {
      this.node.replaceChildren(page(el('p', {className: 'tdf-empty'},
        'Bạn chưa theo dõi đợt thi đua nào: trang này chỉ hiện các đơn vị mà nhóm của bạn được xem.')));
      return;
    }
    if (!this.choices.campaigns.some(c => String(c.rootCampaignId) === this.filter.campaign)) {
      this.filter.campaign = String(this.choices.campaigns[0].rootCampaignId);
    }
    await this.load();
  }

  async load() {
    const query = new URLSearchParams({page: this.filter.page, size: PAGE_SIZE, overdue: this.filter.overdue});
    if (this.filter.level) query.set('level', this.filter.level);
    if (this.filter.stage) query.set('stage', this.filter.stage);
    try {
      this.render(await this.get(`campaigns/${encodeURIComponent(this.filter.campaign)}?${query}`));
    } catch (e) {
      this.showError(e);
    }
  }

  change(update) {
    Object.assign(this.filter, update);
    if (!('page' in update)) this.filter.page = 0;
    this.load();
  }

  showError(error) {
    this.node.replaceChildren(page(el('div', {className: 'alert alert-danger tdf-error', role: 'alert'},
      'Không tải được dữ liệu: ', error.message)));
  }

  select(name, label, value, options, onChange) {
    return el('label', {className: 'tdf-filter'}, label,
      el('select', {name, className: 'form-control', onchange: event => onChange(event.target.value)},
        options.map(o => el('option', {value: o.id, selected: String(o.id) === String(value)}, o.label))));
  }

  stageLabel(id) {
    const stage = this.choices.stages.find(s => s.id === id);
    return stage ? stage.label : id;
  }

  levelLabel(id) {
    const level = this.choices.levels.find(l => l.id === id);
    return level ? level.label : id;
  }

  render(result) {
    const f = this.filter;
    const filters = el('form', {className: 'tdf-filters', onsubmit: event => event.preventDefault()},
      this.select('campaign', 'Đợt thi đua', f.campaign,
        this.choices.campaigns.map(c => ({id: c.rootCampaignId, label: `${c.label} (${c.issuerName})`})),
        value => this.change({campaign: value})),
      this.select('level', 'Cấp', f.level, [{id: '', label: 'Tất cả các cấp'}, ...this.choices.levels],
        value => this.change({level: value})),
      this.select('stage', 'Giai đoạn', f.stage, [{id: '', label: 'Tất cả các giai đoạn'}, ...this.choices.stages],
        value => this.change({stage: value})),
      el('label', {className: 'tdf-filter tdf-filter-overdue'},
        el('input', {type: 'checkbox', name: 'overdue', checked: f.overdue,
          onchange: event => this.change({overdue: event.target.checked})}),
        ' Chỉ đơn vị quá hạn'));

    const tiles = el('div', {className: 'tdf-stages', role: 'group', 'aria-label': 'Số đơn vị theo giai đoạn'},
      this.choices.stages.map(s => el('button', {
        type: 'button', className: 'tdf-stage' + (f.stage === s.id ? ' tdf-active' : ''), 'data-stage': s.id,
        title: f.stage === s.id ? 'Bỏ lọc theo giai đoạn này' : 'Chỉ xem các đơn vị ở giai đoạn này',
        onclick: () => this.change({stage: f.stage === s.id ? '' : s.id})
      }, el('span', {className: 'tdf-count'}, result.perStage[s.id] || 0), el('span', {className: 'tdf-label'}, s.label))),
      el('button', {
        type: 'button', className: 'tdf-stage' + (result.overdue > 0 ? ' tdf-stage-overdue' : '')
          + (f.overdue ? ' tdf-active' : ''),
        'data-stage': 'OVERDUE', onclick: () => this.change({overdue: !f.overdue})
      }, el('span', {className: 'tdf-count'}, result.overdue), el('span', {className: 'tdf-label'}, 'Quá hạn')));

    const first = result.total === 0 ? 0 : result.page * result.size + 1;
    const last = result.page * result.size + result.rows.length;
    const pages = Math.max(1, Math.ceil(result.total / result.size));

    // issue 22's columns only where a row of the page has something for them (a plan without submissions,
    // committee or duties shows no empty columns)
    const show = {
      submissions: result.rows.some(r => (r.submissions || []).length > 0),
      committee: result.rows.some(r => r.committee),
      duties: result.rows.some(r => (r.duties || []).length > 0 || r.supervisor)
    };
    const rows = result.rows.map(r => {
      const late = r.overdue.length > 0;
      const instance = r.processInstanceId || r.campaignProcessInstanceId;
      return el('tr', {className: late ? 'tdf-unit tdf-overdue' : 'tdf-unit', 'data-unit-code': r.unitCode},
        el('td', {className: 'tdf-unit-name'}, r.unitName,
          late ? el('span', {className: 'badge tdf-badge-overdue'}, 'Quá hạn') : null),
        el('td', {}, this.levelLabel(r.level)),
        el('td', {className: 'tdf-stage-cell'}, this.stageLabel(r.stage)),
        el('td', {}, r.nextDeadline ? [r.nextDeadline, el('br'), el('strong', {}, day(r.nextDeadlineOn))] : '—'),
        el('td', {className: 'tdf-overdue-cell'}, late ? el('ul', {}, r.overdue.map(o => el('li', {}, o))) : '—'),
        el('td', {}, r.scheduledOn ? day(r.scheduledOn) : 'Chưa định ngày'),
        el('td', {className: 'tdf-links'},
          instance && (r.running || !r.processInstanceId) ? [
            el('a', {href: `#/process-instance/${encodeURIComponent(instance)}/runtime`,
              title: r.processInstanceId ? 'Phiên quy trình hội nghị của đơn vị' : 'Phiên quy trình của đợt thi đua'},
            r.processInstanceId ? 'Xem quy trình' : 'Xem đợt thi đua'), el('br')] : null,
          el('a', {href: `#/thi-dua/hoi-nghi?id=${encodeURIComponent(r.conferenceId)}`, className: 'tdf-record-link',
            title: 'Hồ sơ hội nghị của đơn vị, cả khi quy trình đã kết thúc'}, 'Hồ sơ hội nghị')),
        el('td', {className: 'tdf-documents'}, r.documents.length === 0 ? '—'
          : el('ul', {}, r.documents.map(d => el('li', {},
            el('a', {href: d.path, download: '', 'data-document': d.document}, d.title))))),
        show.submissions ? el('td', {className: 'tdf-submissions'}, submissionsCell(r.submissions || [])) : null,
        show.committee ? el('td', {className: 'tdf-committee'}, committeeCell(r.committee)) : null,
        // issue 22: the plan's duties for this unit's conference (due, done, late) and its supervising member
        !show.duties ? null : el('td', {className: 'tdf-duties'}, [
          (r.duties || []).length === 0 ? '—' : el('ul', {}, r.duties.map(d => el('li', {
            className: 'tdf-duty tdf-duty-' + d.state.toLowerCase(), 'data-duty': d.code, title: d.holder},
          d.title, ' — ', el('strong', {}, d.stateLabel), d.dueOn ? ` (hạn ${day(d.dueOn)})` : ''))),
          r.supervisor ? el('p', {className: 'tdf-supervisor'}, 'Thành viên phụ trách: ' + r.supervisor) : null]));
    });

    const pager = el('nav', {className: 'tdf-pager', 'aria-label': 'Trang'},
      el('button', {type: 'button', className: 'btn btn-default', disabled: result.page === 0,
        onclick: () => this.change({page: result.page - 1})}, '« Trang trước'),
      el('span', {}, ` Trang ${result.page + 1} / ${pages} `),
      el('button', {type: 'button', className: 'btn btn-default', disabled: result.page + 1 >= pages,
        onclick: () => this.change({page: result.page + 1})}, 'Trang sau »'));

    this.node.replaceChildren(page(
      filters,
      tiles,
      el('p', {className: 'tdf-summary'}, result.total === 0
        ? 'Không có đơn vị nào khớp với bộ lọc.'
        : `Đơn vị ${first}–${last} trong ${result.total} (xếp theo tên).`),
      result.rows.length === 0 ? null : el('table', {className: 'table cam-table tdf-units'},
        el('thead', {}, el('tr', {},
          ['Đơn vị', 'Cấp', 'Giai đoạn', 'Hạn tiếp theo', 'Quá hạn', 'Ngày hội nghị', 'Xem', 'Tài liệu',
            show.submissions ? 'Văn bản gửi trước hội nghị' : null, show.committee ? 'Ban Tổ chức' : null,
            show.duties ? 'Nhiệm vụ phân công' : null]
            .filter(h => h !== null).map(h => el('th', {scope: 'col'}, h)))),
        el('tbody', {}, rows)),
      pages > 1 ? pager : null,
      eventsSection(result.outsideEvents || []),
      quotasSection(result.quotas || []),
      awardsSection(result.awards)));
  }
}

/** A unit's submissions on its dashboard row: title, due day and state; a late one marked. */
function submissionsCell(submissions) {
  if (submissions.length === 0) return '—';
  return el('ul', {}, submissions.map(s => el('li', {
    className: s.escalated ? 'tdf-submission tdf-submission-escalated' : s.late ? 'tdf-submission tdf-submission-late'
      : 'tdf-submission', 'data-submission': s.code, title: `Gửi đến ${s.recipient}`
  }, s.title, ' — hạn ', s.dueOn ? day(s.dueOn) : '—', ': ', el('strong', {}, s.stateLabel))));
}

/** A unit's organizing committee on its row: not required, not yet established, or its decision. */
function committeeCell(committee) {
  if (!committee) return '—';
  if (!committee.established) return el('span', {className: 'tdf-committee-missing'}, 'Chưa thành lập');
  return `QĐ số ${committee.decisionNumber} ngày ${day(committee.decisionDate)}`;
}

/** The campaign's outside events at their current dates, with the tiers held before or after them. */
function eventsSection(events) {
  if (events.length === 0) return null;
  return el('div', {className: 'tdf-events'}, el('h3', {}, 'Sự kiện liên quan đến thời gian tổ chức'),
    table('tdf-events-table', ['Sự kiện', 'Ngày hiện hành', 'Căn cứ', 'Quy định thời gian'], events.map(e => [
      e.name, day(e.date) + (e.changed ? ` (đã đổi từ ngày ${day(e.planDate)})` : ''), e.clause,
      e.rules.length ? el('ul', {}, e.rules.map(x => el('li', {}, x))) : null])));
}

/** The delegate quotas the standing office decided, per congress, with the total against the congress's number. */
function quotasSection(quotas) {
  if (quotas.length === 0) return null;
  return el('div', {className: 'tdf-quotas'}, el('h3', {}, 'Số đại biểu dự Đại hội cấp trên do Thường trực phân bổ'),
    quotas.map(q => [
      el('p', {className: 'tdf-quota-total' + (q.decidedTotal > q.officialDelegates ? ' tdf-over' : '')},
        `${q.congress}: đã phân bổ ${q.decidedTotal}/${q.officialDelegates} đại biểu chính thức`),
      table('tdf-quota-units', ['Đơn vị', 'Tập thể', 'Cá nhân', 'Tổng', 'Ngày phân bổ'], q.units.map(u => [
        u.unitName, u.collectives, u.individuals, u.total, day(u.decidedAt)]))]));
}

/**
 * Issue 24, the panel "Khen thưởng": the collectives and individuals the chain's decisions commended, over the
 * units the user sees, by level, kind, sector (the nomination's source) and title, with the XLSX for the summary report.
 */
function awardsSection(awards) {
  if (!awards) return null;
  const f = awards.figures;
  const link = el('a', {href: awards.workbookPath, download: '', className: 'tdf-awards-xlsx'},
    'Tải số liệu khen thưởng (Excel)');
  if (f.collectives + f.individuals === 0) {
    return el('div', {className: 'tdf-awards'}, el('h3', {}, 'Khen thưởng'),
      el('p', {className: 'tdf-awards-total'}, 'Chưa có quyết định khen thưởng nào ở các đơn vị bạn được xem. ', link));
  }
  // the panel lists the lines that count someone; the workbook lists every line, 0 included
  const breakdown = (className, heading, lines) => table(className, [heading, 'Tập thể', 'Cá nhân', 'Tổng số'],
    lines.filter(l => l.collectives + l.individuals > 0).map(l => [l.label, l.collectives, l.individuals,
      l.collectives + l.individuals]));
  return el('div', {className: 'tdf-awards'}, el('h3', {}, 'Khen thưởng'),
    el('p', {className: 'tdf-awards-total'}, `${f.decisions} quyết định khen thưởng: ${f.collectives} tập thể, `
      + `${f.individuals} cá nhân (tổng số ${f.collectives + f.individuals}). `, link),
    breakdown('tdf-awards-level', 'Cấp khen thưởng', f.byLevel),
    breakdown('tdf-awards-sector', 'Khối (nguồn đề cử)', f.bySector),
    breakdown('tdf-awards-title', 'Danh hiệu được đề cử', f.byTitle),
    breakdown('tdf-awards-form', 'Hình thức khen thưởng', f.byAward));
}

/** A labelled value of the record, "—" when it is not known. */
function fact(label, value) {
  return [el('dt', {}, label), el('dd', {}, value === null || value === undefined || value === '' ? '—' : value)];
}

function table(className, headings, rows) {
  return el('table', {className: 'table cam-table ' + className},
    el('thead', {}, el('tr', {}, headings.map(h => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(c => el('td', {}, c === null || c === undefined ? '—' : c))))));
}

/**
 * The record of one conference (#/thi-dua/hoi-nghi?id=…): what the product keeps of it, also when its process instance
 * has ended (Cockpit's runtime view then has nothing to show).
 */
class ConferenceRecordPage {
  constructor(node, api) {
    this.node = node;
    this.api = api;
    this.id = hashParameters().get('id') || '';
  }

  async start() {
    const back = el('p', {}, el('a', {href: '#/thi-dua', className: 'tdf-back'}, '« Theo dõi tiến độ đợt thi đua'));
    this.node.replaceChildren(el('section', {className: 'tdf-dashboard tdf-record'}, back,
      el('p', {className: 'tdf-loading'}, 'Đang tải…')));
    let record;
    try {
      record = await new Dashboard(this.node, this.api).get(`conferences/${encodeURIComponent(this.id)}`);
    } catch (e) {
      this.node.replaceChildren(el('section', {className: 'tdf-dashboard tdf-record'}, back,
        el('div', {className: 'alert alert-danger tdf-error', role: 'alert'}, 'Không tải được hồ sơ hội nghị: ',
          e.message)));
      return;
    }
    try {
      this.node.replaceChildren(this.render(record, back));
    } catch (e) {
      this.node.replaceChildren(el('section', {className: 'tdf-dashboard tdf-record'}, back,
        el('div', {className: 'alert alert-danger tdf-error', role: 'alert'}, 'Không hiển thị được hồ sơ hội nghị: ',
          e.message)));
    }
  }

  render(r, back) {
    const i = r.instance;
    const ended = i && !i.running;
    const n = r.nominees;
    const v = r.vote;
    const a = r.attendance;
    return el('section', {className: 'tdf-dashboard tdf-record', 'data-conference': r.conferenceId}, back,
      el('h2', {}, 'Hồ sơ hội nghị — ', r.unitName),
      r.officialName.length ? el('p', {className: 'tdf-official-name'},
        r.officialName.map((line, k) => k === 0 ? line : [el('br'), line])) : null,
      i ? el('div', {className: 'alert ' + (ended ? 'alert-info' : 'alert-success') + ' tdf-instance', role: 'status'},
        ended ? `Quy trình hội nghị đã kết thúc lúc ${i.endedAt} (bắt đầu ${i.startedAt}); hồ sơ dưới đây vẫn được lưu.`
          : [`Quy trình hội nghị đang chạy (bắt đầu ${i.startedAt}). `,
            el('a', {href: `#/process-instance/${encodeURIComponent(i.processInstanceId)}/runtime`}, 'Xem quy trình')])
        : null,
      el('dl', {className: 'dl-horizontal tdf-facts'},
        fact('Đơn vị', r.unitName + (r.levelLabel ? ` (${r.levelLabel})` : '')),
        fact('Cấp trên', r.upperUnitName),
        fact('Hình thức', r.formLabel),
        fact('Lần thứ', r.edition),
        fact('Chủ đề', r.theme),
        fact('Địa điểm', r.venue),
        (r.ceremonies || []).length ? fact('Nghi thức trước phiên khai mạc', r.ceremonies.join('; ')) : null,
        fact('Ngày dự kiến', r.scheduledOn),
        r.rescheduledFrom ? fact('Đã dời từ ngày', `${r.rescheduledFrom} (${r.rescheduleReason || 'không ghi lý do'})`) : null,
        fact('Ngày tổ chức', r.heldOn),
        fact('Giai đoạn', r.stageLabel),
        fact('Tình trạng', r.statusLabel)),
      recordEvents(r.outsideEvents || []),
      r.quota ? el('p', {className: 'tdf-record-quota'}, el('strong', {}, 'Đại biểu đi dự hội nghị cấp trên: '),
        `${r.quota.collectives} tập thể, ${r.quota.individuals} cá nhân (${r.quota.clause})`) : null,
      recordCommittee(r.committee),
      el('h3', {}, 'Văn bản gửi trước hội nghị'),
      (r.submissions || []).length === 0 ? el('p', {}, r.scheduledOn
        ? 'Kế hoạch không yêu cầu đơn vị gửi văn bản nào trước hội nghị.'
        : 'Chưa có: các văn bản Kế hoạch yêu cầu (nếu có) hiện ra khi hội nghị đã có lịch.')
        : table('tdf-record-submissions', ['Văn bản', 'Gửi đến', 'Hạn gửi', 'Tình trạng'], r.submissions.map(s => [
          s.title, s.recipient, s.dueOn, el('span', {className: s.escalated ? 'tdf-submission-escalated'
            : s.late ? 'tdf-submission-late' : ''}, s.state)])),
      el('h3', {}, 'Đề cử và biểu quyết'),
      el('p', {className: 'tdf-nominees'}, `${n.nominated} tập thể, cá nhân được đề cử; ${n.eligible} đủ điều kiện; `
        + `${n.approved} được Hội đồng thông qua.`),
      v ? (v.open ? el('p', {className: 'tdf-vote'}, `Vòng biểu quyết ${v.round} đang mở: kết quả có khi các thành viên `
          + 'bỏ phiếu xong (bỏ phiếu kín).')
        : [el('p', {className: 'tdf-vote'}, `Vòng biểu quyết ${v.round}: ${v.ballotsCast}/${v.members} thành viên đã bỏ phiếu.`),
          v.results.length ? table('tdf-results', ['Người được đề nghị', 'Danh hiệu', 'Đơn vị', 'Đồng ý', 'Yêu cầu', 'Kết quả'],
            v.results.map(x => [x.name, x.title, x.unit, x.agreements, x.required,
              x.passed ? 'Được thông qua' : 'Không đạt'])) : null])
        : el('p', {className: 'tdf-vote'}, 'Hội đồng chưa biểu quyết.'),
      el('h3', {}, 'Thẩm định hồ sơ của cấp trên'),
      r.reviews.length === 0 ? el('p', {}, 'Chưa trình hồ sơ.')
        : table('tdf-reviews', ['Ngày trình', 'Quyết định', 'Lý do', 'Tài liệu cần sửa', 'Người xem xét',
          'Ngày quyết định'], r.reviews.map(x => [x.submittedOn, x.decisionLabel, x.reason,
          (x.revisions || []).join('; ') || null, x.reviewer, x.decidedOn])),
      el('h3', {}, 'Thành phần dự hội nghị'),
      el('dl', {className: 'dl-horizontal tdf-attendance'},
        fact('Hình thức triệu tập', a.modeLabel),
        fact('Đại biểu điển hình', a.exemplarDelegates),
        fact('Khách mời, lãnh đạo', a.guestDelegates),
        fact('Có mặt', a.attendees)),
      (r.guests || []).length === 0 ? null
        : table('tdf-guests', ['Khách mời, lãnh đạo dự', 'Chức vụ, cơ quan'], r.guests.map(g => [g.name, g.title])),
      (r.balance || []).length === 0 ? null : [
        el('h4', {}, 'Cơ cấu đại biểu đã được Thường trực Hội đồng xác nhận'),
        table('tdf-balance', ['Tiêu chí cơ cấu', 'Căn cứ', 'Người xác nhận', 'Thời điểm', 'Vòng biểu quyết'],
          r.balance.map(b => [b.label, b.clause, b.attestedBy, b.attestedAt, b.voteRound])),
        r.balance[0].note ? el('p', {className: 'tdf-balance-note'}, 'Ghi chú: ', r.balance[0].note) : null],
      el('h3', {}, 'Đại biểu dự hội nghị cấp trên'),
      r.upperDelegates.length === 0 ? el('p', {}, 'Chưa có.')
        : table('tdf-delegates', ['Đại biểu', 'Loại', 'Đơn vị', 'Dự hội nghị của'],
          r.upperDelegates.map(d => [d.name, d.kindLabel, d.originUnitName, d.targetUnitName])),
      el('h3', {}, 'Tài liệu'),
      r.documents.length === 0 ? el('p', {}, 'Chưa có tài liệu ở giai đoạn này.')
        : el('ul', {className: 'tdf-documents'}, r.documents.map(d => el('li', {},
          el('a', {href: d.path, download: '', 'data-document': d.document}, d.title)))),
      el('h3', {}, 'Tài liệu đã tải lên (bản ký)'),
      (r.uploaded || []).length === 0 ? el('p', {}, 'Chưa có.')
        : el('ul', {className: 'tdf-uploaded'}, r.uploaded.map(u => el('li', {},
          el('a', {href: u.downloadPath, download: ''}, u.title), ` — ${u.fileName}, ${u.uploadedBy || ''} ${u.uploadedAt}`,
          u.viewPath ? [' · ', el('a', {href: u.viewPath, target: '_blank', rel: 'noopener'}, 'Xem')] : null))));
  }
}

/** The outside events the conference is held to, each with whether its day keeps the rule. */
function recordEvents(rules) {
  if (rules.length === 0) return null;
  return el('div', {className: 'tdf-record-events'}, el('strong', {}, 'Thời gian tổ chức phải: '),
    el('ul', {}, rules.map(x => el('li', {className: x.met === false ? 'tdf-rule-broken' : ''}, x.sentence,
      x.met === true ? ' — đạt' : x.met === false ? ' — KHÔNG ĐẠT' : ''))));
}

/** The organizing committee: decision, its signed file, members by role and sub-committee. */
function recordCommittee(k) {
  if (!k) return null;
  if (!k.established) {
    return [el('h3', {}, 'Ban Tổ chức'), el('p', {className: 'tdf-committee-missing'},
      'Kế hoạch yêu cầu thành lập Ban Tổ chức; Thường trực Hội đồng chưa ghi nhận Quyết định.')];
  }
  const f = k.decisionFile;
  return [el('h3', {}, 'Ban Tổ chức'),
    el('dl', {className: 'dl-horizontal tdf-committee-facts'},
      fact('Quyết định', `Số ${k.decisionNumber} ngày ${k.decisionDate}`),
      fact('Bản đã ký', f ? [el('a', {href: f.downloadPath, download: '', className: 'tdf-committee-file'}, f.fileName),
        f.viewPath ? [' · ', el('a', {href: f.viewPath, target: '_blank', rel: 'noopener'}, 'Xem')] : null]
        : 'Chưa tải lên'),
      fact('Ghi nhận', `${k.recordedBy || ''} ${k.recordedAt || ''}`.trim())),
    table('tdf-committee-members', ['Họ và tên', 'Chức danh', 'Tiểu ban'], k.members.map(m => [
      m.name, m.roleLabel, m.subCommitteeLabel || 'Ban Tổ chức']))];
}

export default [
  {
    id: 'thiduaflow.conference',
    pluginPoint: 'cockpit.route',
    properties: {path: '/thi-dua/hoi-nghi'},
    render: (node, {api}) => {
      new ConferenceRecordPage(node, api).start();
    }
  },
  {
    id: 'thiduaflow.dashboard',
    pluginPoint: 'cockpit.route',
    properties: {path: '/thi-dua'},
    render: (node, {api}) => {
      new Dashboard(node, api).start();
    }
  },
  {
    id: 'thiduaflow.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: {path: '/thi-dua'},
    render: node => {
      node.appendChild(el('a', {href: '#/thi-dua', title: TITLE}, 'Thi đua'));
    }
  }
];
