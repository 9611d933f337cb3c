/*
 * Thi Đua Flow — the award register «Sổ khen thưởng» inside Cockpit (issue 24; Cockpit's plugin API: an ES module whose
 * default export lists plugins). The page #/so-khen-thuong looks up the awards of the units the user may see (name,
 * unit, award and period; without accents), imports earlier awards from the XLSX template (every problem shown by row
 * and column, nothing stored when there is one) and lists the certificate templates with their test print. The data
 * comes from the plugin's own API (AwardCockpitPluginResource), which applies the user's groups. Every text from the
 * server is put in the page as text, never as HTML.
 */

const PAGE_SIZE = 50;
const TITLE = 'Sổ khen thưởng';

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

/** 27/03/2025 (also 27-3-2025, 27.3.2025) → 2025-03-27; '' for nothing; null when it is not a day. */
function isoDay(text) {
  const t = (text || '').trim();
  if (!t) return '';
  const m = t.match(/^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function size(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

function csrfToken(api) {
  return api.CSRFToken;
}

class AwardRegisterPage {
  constructor(node, api) {
    this.node = node;
    this.api = api;
    this.base = `${api.cockpitApi}/plugin/thiduaflow-awards/${api.engine}/awards`;
    this.filter = {name: '', unit: '', unitCode: '', award: '', from: '', to: '', birthYear: '', page: 0};
    this.result = null;
    this.searchError = null;
    this.importMessage = null;
    this.busy = false;
  }

  async call(method, path, body, headers) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      body,
      credentials: 'same-origin',
      headers: Object.assign({Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(this.api)}, headers || {})
    });
    const json = await response.json().catch(() => null);
    if (!response.ok) {
      const error = new Error((json && (json.vi || json.message || json.detail)) || `Lỗi HTTP ${response.status}`);
      error.problems = json && Array.isArray(json.errors) ? json.errors.map(p => p.vi || p.field) : [];
      error.status = response.status;
      error.retryAfter = response.headers.get('Retry-After');
      throw error;
    }
    return json;
  }

  async start() {
    this.node.replaceChildren(el('section', {className: 'tdf-awards-page'}, el('h2', {}, TITLE),
      el('p', {className: 'tdf-loading'}, 'Đang tải…')));
    try {
      this.me = await this.call('GET', '/me');
    } catch (e) {
      this.node.replaceChildren(el('section', {className: 'tdf-awards-page'}, el('h2', {}, TITLE),
        el('div', {className: 'alert alert-danger', role: 'alert'}, 'Không tải được sổ khen thưởng: ', e.message)));
      return;
    }
    if (this.me.canPrint) {
      try {
        this.certificates = await this.call('GET', '/certificates');
      } catch (e) {
        this.certificates = [];
      }
    }
    if (this.me.canRead) {
      await this.search();
    } else {
      this.render();
    }
  }

  async search() {
    const f = this.filter;
    const from = isoDay(f.from);
    const to = isoDay(f.to);
    const wrong = [];
    if (from === null) wrong.push(`Từ ngày «${f.from}» không phải là ngày (ngày/tháng/năm, ví dụ 27/03/2025).`);
    if (to === null) wrong.push(`Đến ngày «${f.to}» không phải là ngày (ngày/tháng/năm, ví dụ 27/03/2025).`);
    if (f.birthYear.trim() && !/^\d{4}$/.test(f.birthYear.trim())) {
      wrong.push(`Năm sinh «${f.birthYear}» không phải là năm (ví dụ 1980).`);
    }
    if (wrong.length) {
      this.searchError = {text: 'Chưa tìm được:', problems: wrong};
      this.render();
      return;
    }
    const query = new URLSearchParams({page: f.page, size: PAGE_SIZE});
    ['name', 'unit', 'unitCode', 'award'].forEach(k => { if (f[k].trim()) query.set(k, f[k].trim()); });
    if (from) query.set('from', from);
    if (to) query.set('to', to);
    if (f.birthYear.trim()) query.set('birthYear', f.birthYear.trim());
    try {
      this.result = await this.call('GET', `?${query}`);
      this.searchError = null;
    } catch (e) {
      this.searchError = {text: `Chưa tìm được: ${e.message}`, problems: e.problems || []};
    }
    this.render();
  }

  async upload() {
    const file = this.file;
    const refuse = (text, problems) => {
      this.importMessage = {kind: 'danger', text, problems: problems || []};
      this.busy = false;
      this.render();
    };
    if (!file) return refuse('Hãy chọn tệp Excel (.xlsx) sổ khen thưởng cần tải lên.');
    if (!/\.xlsx$/i.test(file.name)) return refuse(`Chỉ nhận tệp Excel .xlsx theo mẫu, không nhận «${file.name}».`);
    if (file.size > this.me.maxBytes) {
      return refuse(`Tệp «${file.name}» (${size(file.size)}) lớn hơn giới hạn ${size(this.me.maxBytes)}: hãy chia `
        + 'sổ thành nhiều tệp.');
    }
    this.busy = true;
    this.importMessage = {kind: 'info', text: `Đang tải lên «${file.name}»…`, problems: []};
    this.render();
    let result;
    try {
      result = await this.call('POST', '/import', file, {'Content-Type': 'application/octet-stream',
        'X-File-Name': encodeURIComponent(file.name)});
    } catch (e) {
      const retry = e.status === 503 && e.retryAfter ? ` (thử lại sau ${e.retryAfter} giây)` : '';
      return refuse(e.problems && e.problems.length > 0
        ? `Sổ trong «${file.name}» chưa được nhập dòng nào (${e.problems.length} lỗi, sửa rồi tải lên lại):`
        : `Không nhập được «${file.name}»: ${e.message}${retry}`, e.problems);
    }
    const units = Object.entries(result.perUnit).map(([code, n]) => `${n} của đơn vị ${code}`).join(', ');
    this.importMessage = {kind: 'success', text: `Đã nhập ${result.imported} khen thưởng từ «${file.name}» (${units}).`,
      problems: []};
    this.busy = false;
    this.file = null;
    if (this.me.canRead) {
      await this.search();
    } else {
      this.render();
    }
  }

  field(name, label, placeholder) {
    return el('label', {className: 'tdf-award-filter'}, label,
      el('input', {type: 'text', name, className: 'form-control', value: this.filter[name], placeholder,
        oninput: event => { this.filter[name] = event.target.value; }}));
  }

  searchSection() {
    if (!this.me.canRead) {
      return el('p', {className: 'tdf-awards-none'}, 'Bạn không có vai trò được xem sổ khen thưởng của đơn vị nào.');
    }
    const form = el('form', {className: 'tdf-award-filters', onsubmit: event => {
      event.preventDefault();
      this.filter.page = 0;
      this.search();
    }},
    this.field('name', 'Họ và tên / Tên tập thể', 'ví dụ: nguyen van an'),
    this.field('unit', 'Đơn vị', 'tên đơn vị'),
    this.field('unitCode', 'Mã đơn vị', ''),
    this.field('award', 'Hình thức / danh hiệu khen thưởng', 'ví dụ: giấy khen'),
    this.field('from', 'Từ ngày', 'ngày/tháng/năm'),
    this.field('to', 'Đến ngày', 'ngày/tháng/năm'),
    this.field('birthYear', 'Năm sinh', ''),
    el('button', {type: 'submit', className: 'btn btn-primary tdf-award-search'}, 'Tìm'));
    const r = this.result;
    const e = this.searchError;
    const error = e ? el('div', {className: 'alert alert-danger tdf-award-search-error', role: 'alert'}, e.text,
      e.problems.length ? el('ul', {}, e.problems.map(p => el('li', {}, p))) : null) : null;
    if (!r) return [form, error];
    const first = r.total === 0 ? 0 : r.page * r.size + 1;
    const last = r.page * r.size + r.rows.length;
    const pages = Math.max(1, r.pages);
    const go = page => { this.filter.page = page; this.search(); };
    return [form, error,
      el('p', {className: 'tdf-award-summary'}, r.total === 0
        ? 'Không có khen thưởng nào khớp với điều kiện tìm (trong các đơn vị bạn được xem).'
        : `Khen thưởng ${first}–${last} trong ${r.total} (mới nhất trước).`),
      r.rows.length === 0 ? null : el('table', {className: 'table cam-table tdf-award-results'},
        el('thead', {}, el('tr', {}, ['STT', 'Họ và tên / Tên tập thể', 'Cá nhân / Tập thể', 'Năm sinh', 'Đơn vị',
          'Hình thức / danh hiệu khen thưởng', 'Cấp khen', 'Số quyết định', 'Ngày quyết định', 'Nguồn']
          .map(h => el('th', {scope: 'col'}, h)))),
        el('tbody', {}, r.rows.map((x, i) => el('tr', {'data-award': x.id},
          el('td', {}, r.page * r.size + i + 1), el('td', {className: 'tdf-award-name'}, x.name),
          el('td', {}, x.kindLabel), el('td', {}, x.birthYear || '—'),
          el('td', {}, x.unitName || '—',
            x.unitCode ? el('span', {className: 'text-muted'}, ` (${x.unitCode})`) : null),
          el('td', {}, x.award), el('td', {}, x.levelLabel || '—'), el('td', {}, x.decisionSymbol),
          el('td', {}, x.decidedOnText), el('td', {}, x.sourceLabel))))),
      pages > 1 ? el('nav', {className: 'tdf-award-pager', 'aria-label': 'Trang'},
        el('button', {type: 'button', className: 'btn btn-default', disabled: r.page === 0,
          onclick: () => go(r.page - 1)}, '« Trang trước'),
        el('span', {}, ` Trang ${r.page + 1} / ${pages} `),
        el('button', {type: 'button', className: 'btn btn-default', disabled: r.page + 1 >= pages,
          onclick: () => go(r.page + 1)}, 'Trang sau »')) : null];
  }

  importSection() {
    if (!this.me.canImport) return null;
    // the browser's own file button speaks the browser's language: hidden behind a Vietnamese label of it
    const input = el('input', {type: 'file', id: 'tdf-award-file', className: 'tdf-award-file',
      accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      onchange: event => {
        this.file = event.target.files && event.target.files[0] ? event.target.files[0] : null;
        this.render();
      }});
    const rows = this.me.maxRows.toLocaleString('vi-VN');
    const m = this.importMessage;
    return el('section', {className: 'tdf-award-import'},
      el('h3', {}, 'Nhập khen thưởng đã có từ tệp Excel'),
      el('p', {className: 'text-muted'}, 'Khen thưởng trước khi dùng hệ thống hoặc ngoài hệ thống: tải mẫu, điền mỗi '
        + `dòng một lần khen thưởng (tối đa ${rows} dòng, ${size(this.me.maxBytes)} một tệp) rồi tải lên. `
        + 'Tệp có lỗi thì không nhập dòng nào; mỗi lỗi được chỉ ra theo dòng và cột. '
        + `Bạn được nhập cho: ${this.me.importUnits}`
        + (this.me.ownUnit ? `; để trống mã đơn vị là đơn vị ${this.me.ownUnit}.` : '.')),
      el('p', {}, el('a', {href: `${this.base}/template.xlsx`, className: 'btn btn-default btn-sm tdf-award-template',
        download: ''}, 'Tải mẫu sổ khen thưởng (Excel)')),
      el('div', {className: 'tdf-award-upload'}, input,
        el('label', {for: 'tdf-award-file', className: 'btn btn-default btn-sm tdf-award-choose'}, 'Chọn tệp Excel…'),
        el('span', {className: 'tdf-award-chosen'}, this.file ? this.file.name : 'Chưa chọn tệp'),
        el('button', {type: 'button', className: 'btn btn-primary btn-sm tdf-award-upload-button',
          disabled: this.busy, onclick: () => this.upload()}, 'Tải lên')),
      m ? el('div', {className: `alert alert-${m.kind} tdf-award-message`,
        role: m.kind === 'danger' ? 'alert' : 'status'},
        m.text, m.problems.length ? el('ul', {className: 'tdf-award-problems'}, m.problems.map(p => el('li', {}, p)))
          : null) : null);
  }

  certificateSection() {
    if (!this.me.canPrint || !this.certificates) return null;
    return el('section', {className: 'tdf-award-certificates'},
      el('h3', {}, 'Mẫu giấy khen, bằng khen'),
      el('p', {className: 'text-muted'}, 'Bản in thử có lưới ô 5 mm và khung của từng nội dung: in lên phôi bằng trắng '
        + 'để kiểm tra vị trí trước khi in thật.'),
      this.certificates.length === 0 ? el('p', {}, 'Chưa có mẫu nào.')
        : el('ul', {className: 'tdf-award-templates'}, this.certificates.map(t => el('li', {'data-template': t.id},
          `${t.label} (${t.title}) — `,
          el('a', {href: `${this.base}/${t.testPrintPath}`, target: '_blank', rel: 'noopener',
            className: 'tdf-award-test-print'}, 'In thử (lưới 5 mm, PDF)')))));
  }

  render() {
    this.node.replaceChildren(el('section', {className: 'tdf-awards-page'},
      el('h2', {}, TITLE),
      this.searchSection(),
      this.importSection(),
      this.certificateSection()));
  }
}

export default [
  {
    id: 'thiduaflow.awards',
    pluginPoint: 'cockpit.route',
    properties: {path: '/so-khen-thuong'},
    render: (node, {api}) => {
      new AwardRegisterPage(node, api).start();
    }
  },
  {
    id: 'thiduaflow.awards.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 49,
    properties: {path: '/so-khen-thuong'},
    render: node => {
      node.appendChild(el('a', {href: '#/so-khen-thuong', title: TITLE}, TITLE));
    }
  }
];
