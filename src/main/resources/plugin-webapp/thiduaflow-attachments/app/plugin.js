/*
 * Thi Đua Flow — the nominees' attached files in Tasklist (issue 20). Tasklist's plugin API (Camunda 7.14+): an ES
 * module whose default export lists plugins; this one is a tab of the task view (plugin point tasklist.task.detail,
 * "Hồ sơ đính kèm"). For a task of a unit's conference it lists each nominee with its files (name, type, size,
 * uploader, time, a download link) and, on an upload task for a user who works it — the secretary's nominations task
 * or the standing office's composition task, where the office gathers the summaries of the nominees the nominations
 * stored — an upload control per nominee; the uploader may replace or delete their own files while such a task is
 * open. On the nominations task the tab says that nominees typed into the form are stored with «Hoàn thành» and their
 * files are attached then by the standing office in its composition task. After the vote opens nothing changes. The
 * data and the rules are the plugin's own API (AttachmentPluginResource), which applies the user's Camunda
 * authorizations. On the nominations task, for whoever works it, a section "Danh sách đề cử bằng tệp Excel" offers
 * the nominee template (filled with the stored list) and an upload of the filled template that replaces the list:
 * refused, every problem is listed at its cell; stored, the page is reloaded so that the task's form shows the new
 * list (a form left open would send the old one back with «Hoàn thành»), and the count is said after the reload. Every text from the server is put in the page as text, never as HTML.
 *
 * Conference documents (issue 21): a task that requests documents (its task-local requestedDocuments: the secretary's
 * dossier task, the conference-held task's signed minutes) shows one block per document above the nominees — the
 * stored file (download; «Xem» opens a PDF in a new tab), a link to the draft the system writes where there is one, and
 * for whoever works the task an upload that stores (or replaces) the signed file; after an upload the page is reloaded
 * so that the task's form shows the new status. The upper council's review shows the same blocks read-only.
 */

const PLUGIN = 'thiduaflow-attachments';
const NOMINATIONS_TASK = '«Gửi danh sách đề cử và tóm tắt thành tích»';
const COMPOSITION_TASK = '«Đề xuất thành phần đại biểu»';
/** sessionStorage key of the message said after the reload that follows a stored nominee list. */
const LIST_STORED = 'thiduaflow.attachments.nomineeListStored';
/** sessionStorage key of the message said after the reload that follows a stored conference document. */
const DOCUMENT_STORED = 'thiduaflow.attachments.documentStored';
/** Where the files of nominees not stored yet are attached: said on the nominations task. */
const LATER_BY_OFFICE = 'Đề cử mới nhập trong biểu mẫu chỉ được lưu khi bấm «Hoàn thành»; hồ sơ của các đề cử đó '
  + `được Thường trực Hội đồng đính kèm sau, trong công việc ${COMPOSITION_TASK}.`;

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
    else if (name === 'className') node.className = value;
    else node.setAttribute(name, value === true ? '' : value);
  });
  children.flat().forEach(child => {
    if (child === undefined || child === null || child === false) return;
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  });
  return node;
}

/** 1536 → "1,5 KB", 2621440 → "2,5 MB" (KB = 1024 bytes, Vietnamese decimal comma). */
function size(bytes) {
  const number = value => value.toLocaleString('vi-VN', {maximumFractionDigits: 1});
  if (bytes < 1024 * 1024) return `${number(Math.max(0.1, bytes / 1024))} KB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}

/** The CSRF token of the session as the browser holds it now (Camunda renews it), else the one given at start. */
function csrfToken(api) {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : api.CSRFToken;
}

class AttachmentsTab {
  constructor(node, api, taskId) {
    this.node = node;
    this.api = api;
    this.taskId = taskId;
    this.base = `${api.tasklistApi}/plugin/${PLUGIN}/${api.engine}`;
    this.message = null;
    this.listMessage = null;
    this.documentMessage = null;
    try {
      const stored = window.sessionStorage.getItem(DOCUMENT_STORED);
      const said = stored ? JSON.parse(stored) : null;
      if (said && said.taskId === taskId) {
        window.sessionStorage.removeItem(DOCUMENT_STORED);
        this.documentMessage = {kind: 'success', text: said.text};
      }
    } catch (e) {
      // no sessionStorage: the reloaded form shows the status anyway
    }
    try {
      const stored = window.sessionStorage.getItem(LIST_STORED);
      const said = stored ? JSON.parse(stored) : null;
      if (said && said.taskId === taskId) {
        window.sessionStorage.removeItem(LIST_STORED);
        this.listMessage = {kind: 'success', text: said.text, problems: []};
      }
    } catch (e) {
      // no sessionStorage: the reloaded form shows the list anyway
    }
  }

  async call(method, path, body, headers) {
    const response = await fetch(`${this.base}/${path}`, {
      method,
      body,
      credentials: 'same-origin',
      headers: Object.assign({Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(this.api)}, headers || {})
    });
    if (!response.ok) {
      let detail = `Lỗi HTTP ${response.status}`;
      try {
        const problem = await response.json();
        detail = problem.vi || problem.detail || problem.message || detail;
      } catch (e) {
        // not JSON: the status says enough
      }
      throw new Error(detail);
    }
    return response.status === 204 ? null : response.json();
  }

  async load() {
    try {
      const task = `tasks/${encodeURIComponent(this.taskId)}`;
      const [nominees, documents] = await Promise.all([this.call('GET', `${task}/nominees`),
        this.call('GET', `${task}/documents`)]);
      this.data = nominees;
      this.documents = documents;
      this.render();
    } catch (e) {
      this.node.replaceChildren(this.frame(el('div', {className: 'alert alert-danger tdf-att-error', role: 'alert'},
        'Không tải được hồ sơ đính kèm: ', e.message)));
    }
  }

  frame(...content) {
    return el('section', {className: 'tdf-attachments'}, ...content);
  }

  /** Shows a message above the list until the next action: kind 'success' or 'danger'. */
  say(kind, text) {
    this.message = {kind, text};
  }

  async send(method, path, file, done) {
    if (!file) {
      this.say('danger', 'Hãy chọn tệp cần tải lên.');
      this.render();
      return;
    }
    if (file.size > this.data.maxBytes) {
      this.say('danger', `Tệp «${file.name}» (${size(file.size)}) lớn hơn giới hạn ${size(this.data.maxBytes)}.`);
      this.render();
      return;
    }
    this.busy = true;
    this.say('info', `Đang tải lên «${file.name}»…`);
    this.render();
    try {
      const saved = await this.call(method, path, file, {
        'Content-Type': 'application/octet-stream',
        'X-File-Name': encodeURIComponent(file.name)
      });
      this.say('success', done(saved));
    } catch (e) {
      this.say('danger', `Không tải lên được «${file.name}»: ${e.message}`);
    }
    this.busy = false;
    await this.load();
  }

  upload(nominee, input) {
    const file = input.files && input.files[0];
    return this.send('POST', `tasks/${encodeURIComponent(this.taskId)}/nominees/${nominee.id}/attachments`, file,
      saved => `Đã tải lên «${saved.fileName}» cho ${nominee.name}.`);
  }

  replace(attachment, input) {
    const file = input.files && input.files[0];
    return this.send('PUT', `attachments/${attachment.id}`, file,
      saved => `Đã thay «${attachment.fileName}» bằng «${saved.fileName}».`);
  }

  async remove(attachment) {
    if (!window.confirm(`Xoá tệp «${attachment.fileName}»?`)) return;
    try {
      await this.call('DELETE', `attachments/${attachment.id}`);
      this.say('success', `Đã xoá «${attachment.fileName}».`);
    } catch (e) {
      this.say('danger', `Không xoá được «${attachment.fileName}»: ${e.message}`);
    }
    await this.load();
  }

  /**
   * Sends the filled template: refused, each problem's Vietnamese text (at its cell) is listed; stored, the count is
   * said and the page reloaded, so that the task's form shows the list the server put into the task.
   */
  async uploadList(input) {
    const list = this.data.nomineeList;
    const file = input.files && input.files[0];
    const refuse = (text, problems) => {
      this.listMessage = {kind: 'danger', text, problems: problems || []};
      this.listBusy = false;
      this.render();
    };
    if (!file) return refuse('Hãy chọn tệp Excel danh sách đề cử cần tải lên.');
    if (file.size > list.maxBytes) {
      return refuse(`Tệp «${file.name}» (${size(file.size)}) lớn hơn giới hạn ${size(list.maxBytes)} của một danh sách `
        + 'đề cử.');
    }
    this.listBusy = true;
    this.listMessage = {kind: 'info', text: `Đang tải lên «${file.name}»…`, problems: []};
    this.render();
    let response;
    let body = null;
    try {
      response = await fetch(list.uploadPath, {method: 'PUT', body: file, credentials: 'same-origin',
        headers: {Accept: 'application/json', 'Content-Type': 'application/octet-stream',
          'X-XSRF-TOKEN': csrfToken(this.api)}});
      body = await response.json().catch(() => null);
    } catch (e) {
      return refuse(`Không tải lên được «${file.name}»: ${e.message}`);
    }
    if (!response.ok) {
      const problems = body && Array.isArray(body.errors) ? body.errors.map(p => p.vi || p.en || p.field) : [];
      const retry = response.status === 503 && response.headers.get('Retry-After');
      const detail = (body && (body.vi || body.detail)) || `Lỗi HTTP ${response.status}`;
      return refuse(problems.length > 0
        ? `Danh sách trong «${file.name}» chưa được lưu (${problems.length} lỗi, sửa rồi tải lên lại):`
        : `Không tải lên được «${file.name}»: ${detail}${retry ? ` (thử lại sau ${retry} giây)` : ''}`, problems);
    }
    const text = `Đã lưu ${body.count} đề cử từ «${file.name}»; biểu mẫu của công việc hiển thị danh sách mới.`;
    this.listMessage = {kind: 'success', text: `${text} Đang tải lại trang…`, problems: []};
    this.render();
    try {
      window.sessionStorage.setItem(LIST_STORED, JSON.stringify({taskId: this.taskId, text}));
    } catch (e) {
      // said before the reload only
    }
    window.location.reload();
  }

  /** The nominee list as the XLSX template: download it (filled with the stored list), upload it filled. */
  listSection() {
    const list = this.data.nomineeList;
    if (!list) return null;
    const input = el('input', {type: 'file', className: 'tdf-list-file-input',
      accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'aria-label': 'Chọn tệp Excel danh sách đề cử'});
    const m = this.listMessage;
    return el('section', {className: 'tdf-nominee-list'},
      el('h4', {}, 'Danh sách đề cử bằng tệp Excel'),
      el('p', {className: 'text-muted'}, 'Tải mẫu (đã điền các đề cử đang lưu), điền hoặc sửa trong Excel rồi tải lên: '
        + 'danh sách trong tệp thay cho các đề cử của đơn vị đang lưu. Tệp có lỗi thì không lưu gì, mỗi lỗi được chỉ ra '
        + `theo dòng và cột. Tối đa ${size(list.maxBytes)}.`),
      el('p', {}, el('a', {href: list.templatePath, className: 'btn btn-default btn-sm tdf-list-template', download: ''},
        'Tải mẫu danh sách (Excel)')),
      el('div', {className: 'tdf-list-upload'}, input,
        el('button', {type: 'button', className: 'btn btn-primary btn-sm tdf-list-upload-button',
          disabled: this.listBusy, onclick: () => this.uploadList(input)}, 'Tải lên danh sách')),
      m ? el('div', {className: `alert alert-${m.kind} tdf-list-message`, role: m.kind === 'danger' ? 'alert' : 'status'},
        m.text, m.problems.length > 0 ? el('ul', {className: 'tdf-list-problems'}, m.problems.map(p => el('li', {}, p)))
          : null) : null);
  }

  fileRow(attachment) {
    // "Thay tệp…" is the label of a hidden file input: choosing a file replaces this one at once
    const replaceInput = el('input', {type: 'file', className: 'tdf-att-replace-file', accept: this.data.accept,
      disabled: this.busy, onchange: event => this.replace(attachment, event.target)});
    return el('tr', {className: 'tdf-att-file', 'data-attachment-id': attachment.id},
      el('td', {className: 'tdf-att-name'}, attachment.fileName),
      el('td', {}, attachment.typeLabel),
      el('td', {className: 'tdf-att-size'}, size(attachment.sizeBytes)),
      el('td', {}, attachment.uploaderName, el('br'), el('small', {className: 'text-muted'}, attachment.uploadedBy)),
      el('td', {className: 'tdf-att-time'}, attachment.uploadedAtText),
      el('td', {className: 'tdf-att-actions'},
        el('a', {href: attachment.downloadPath, className: 'btn btn-default btn-xs tdf-att-download', download: '',
          title: `SHA-256: ${attachment.sha256}`}, 'Tải xuống'),
        attachment.deletable ? [
          el('label', {className: 'btn btn-default btn-xs tdf-att-replace',
            title: `Chọn tệp thay cho «${attachment.fileName}»`}, 'Thay tệp…', replaceInput),
          el('button', {type: 'button', className: 'btn btn-danger btn-xs tdf-att-delete', disabled: this.busy,
            onclick: () => this.remove(attachment)}, 'Xoá')
        ] : null));
  }

  nomineeBlock(nominee) {
    const files = nominee.attachments;
    const input = el('input', {type: 'file', className: 'tdf-att-file-input', accept: this.data.accept,
      'aria-label': `Chọn tệp tóm tắt thành tích của ${nominee.name}`});
    return el('section', {className: 'tdf-nominee', 'data-nomination-id': nominee.id},
      el('h4', {className: 'tdf-nominee-name'}, nominee.name),
      el('p', {className: 'tdf-nominee-details text-muted'},
        [nominee.kindLabel, nominee.titleLabel, nominee.position, nominee.originUnitName].filter(x => x).join(' · ')),
      files.length === 0
        ? el('p', {className: 'tdf-att-none'}, 'Chưa có tệp đính kèm.')
        : el('table', {className: 'table table-condensed tdf-att-files'},
          el('thead', {}, el('tr', {}, ['Tệp', 'Loại', 'Dung lượng', 'Người tải lên', 'Thời gian', '']
            .map(h => el('th', {scope: 'col'}, h)))),
          el('tbody', {}, files.map(f => this.fileRow(f)))),
      this.data.canUpload
        ? el('div', {className: 'tdf-att-upload'}, input,
          el('button', {type: 'button', className: 'btn btn-primary btn-sm tdf-att-upload-button', disabled: this.busy,
            onclick: () => this.upload(nominee, input)}, 'Tải lên tóm tắt thành tích'))
        : null);
  }

  /** The help line under the title: what may be done here, and where files are attached otherwise. */
  help() {
    const d = this.data;
    const rules = `${d.types}, tối đa ${size(d.maxBytes)} mỗi tệp. Loại tệp được xác định theo nội dung tệp.`;
    if (d.canUpload && d.uploadTask === 'COMPOSITION') {
      return 'Thường trực Hội đồng tập hợp tóm tắt thành tích của từng đề cử trước khi gửi đề xuất ra Hội đồng biểu '
        + `quyết: ${rules} Sau khi Hội đồng bắt đầu biểu quyết, hồ sơ không thay đổi được nữa.`;
    }
    if (d.canUpload) {
      return `Tải lên tóm tắt thành tích của từng đề cử đã được lưu: ${rules} ${LATER_BY_OFFICE}`;
    }
    if (d.uploadTask === 'NOMINATIONS') {
      return `Chỉ xem. ${LATER_BY_OFFICE}`;
    }
    return `Chỉ xem: tệp được tải lên trong công việc ${NOMINATIONS_TASK} hoặc ${COMPOSITION_TASK}, trước khi Hội `
      + 'đồng biểu quyết.';
  }

  /** Stores the chosen file as the document of the slot; stored, the page is reloaded (the form shows the status). */
  async uploadDocument(slot, input) {
    const d = this.documents;
    const file = input.files && input.files[0];
    const refuse = text => {
      this.documentMessage = {kind: 'danger', text};
      this.documentBusy = false;
      this.render();
    };
    if (!file) return refuse(`Hãy chọn tệp «${slot.title}» cần tải lên.`);
    if (file.size > d.maxBytes) {
      return refuse(`Tệp «${file.name}» (${size(file.size)}) lớn hơn giới hạn ${size(d.maxBytes)}.`);
    }
    this.documentBusy = true;
    this.documentMessage = {kind: 'info', text: `Đang tải lên «${file.name}»…`};
    this.render();
    let saved;
    try {
      saved = await this.call('POST', `tasks/${encodeURIComponent(this.taskId)}/documents/${encodeURIComponent(slot.code)}`,
        file, {'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name)});
    } catch (e) {
      return refuse(`Không tải lên được «${file.name}»: ${e.message}`);
    }
    const text = `Đã lưu «${saved.fileName}» cho «${slot.title}».`;
    this.documentMessage = {kind: 'success', text: `${text} Đang tải lại trang…`};
    this.render();
    try {
      window.sessionStorage.setItem(DOCUMENT_STORED, JSON.stringify({taskId: this.taskId, text}));
    } catch (e) {
      // said before the reload only
    }
    window.location.reload();
  }

  documentBlock(slot) {
    const d = this.documents;
    const f = slot.file;
    const input = el('input', {type: 'file', className: 'tdf-doc-file-input', accept: d.accept,
      'aria-label': `Chọn tệp «${slot.title}»`});
    return el('section', {className: 'tdf-document', 'data-document-code': slot.code},
      el('h4', {className: 'tdf-document-title'}, slot.title,
        el('small', {className: 'text-muted'}, slot.required ? ' (bắt buộc)' : ' (không bắt buộc)')),
      f ? el('table', {className: 'table table-condensed tdf-att-files'},
        el('tbody', {}, el('tr', {className: 'tdf-doc-file', 'data-document-id': f.id},
          el('td', {className: 'tdf-att-name'}, f.fileName),
          el('td', {}, f.typeLabel),
          el('td', {className: 'tdf-att-size'}, size(f.sizeBytes)),
          el('td', {}, f.uploaderName, el('br'), el('small', {className: 'text-muted'}, f.uploadedBy)),
          el('td', {className: 'tdf-att-time'}, f.uploadedAtText),
          el('td', {className: 'tdf-att-actions'},
            el('a', {href: f.downloadPath, className: 'btn btn-default btn-xs tdf-doc-download', download: '',
              title: `SHA-256: ${f.sha256}`}, 'Tải xuống'),
            f.viewPath ? el('a', {href: f.viewPath, className: 'btn btn-default btn-xs tdf-doc-view', target: '_blank',
              rel: 'noopener noreferrer'}, 'Xem') : null))))
        : el('p', {className: 'tdf-att-none'}, slot.required ? 'Chưa có tệp (bắt buộc).' : 'Chưa có tệp.'),
      slot.generatedPath ? el('p', {className: 'tdf-doc-generated'}, 'Bản do hệ thống soạn: ',
        el('a', {href: slot.generatedPath, download: ''}, 'tải bản nháp (Word) để hoàn chỉnh và trình ký')) : null,
      d.canUpload ? el('div', {className: 'tdf-att-upload'}, input,
        el('button', {type: 'button', className: 'btn btn-primary btn-sm tdf-doc-upload-button',
          disabled: this.documentBusy, onclick: () => this.uploadDocument(slot, input)},
          f ? 'Thay bằng tệp khác' : 'Tải lên bản đã ký')) : null);
  }

  /** The documents the task requests (or shows), or nothing when it has none. */
  documentsSection() {
    const d = this.documents;
    if (!d || !d.applicable) return null;
    const m = this.documentMessage;
    return el('section', {className: 'tdf-documents'},
      el('h3', {}, `Tài liệu của hội nghị — ${d.unitName}`),
      el('p', {className: 'tdf-att-help text-muted'}, d.canUpload
        ? `Tải lên bản đã ký của từng tài liệu: ${d.types}, tối đa ${size(d.maxBytes)} mỗi tệp (loại tệp xác định theo `
          + 'nội dung). Tệp mới thay cho tệp đã tải của cùng tài liệu.'
        : 'Chỉ xem: bấm «Tải xuống» để lưu tệp, «Xem» để mở tệp PDF trong thẻ mới.'),
      m ? el('div', {className: `alert alert-${m.kind} tdf-doc-message`, role: m.kind === 'danger' ? 'alert' : 'status'},
        m.text) : null,
      d.documents.map(slot => this.documentBlock(slot)));
  }

  render() {
    if (!this.data.applicable) {
      this.node.replaceChildren(this.frame(el('p', {className: 'tdf-att-none'},
        'Công việc này không thuộc hội nghị của đơn vị: không có hồ sơ đính kèm của đề cử.')));
      return;
    }
    const d = this.data;
    const message = this.message
      ? el('div', {className: `alert alert-${this.message.kind} tdf-att-message`, role: 'status'}, this.message.text)
      : null;
    this.node.replaceChildren(this.frame(
      this.documentsSection(),
      el('h3', {}, `Hồ sơ đính kèm của các đề cử — ${d.unitName}`),
      el('p', {className: 'tdf-att-help text-muted'}, this.help()),
      message,
      this.listSection(),
      d.nominees.length === 0
        ? el('p', {className: 'tdf-att-none'}, d.uploadTask === 'NOMINATIONS'
          ? `Chưa có đề cử nào được lưu. ${LATER_BY_OFFICE}`
          : 'Chưa có đề cử nào được lưu.')
        : d.nominees.map(n => this.nomineeBlock(n))));
  }
}

export default {
  id: 'thiduaflow.attachments',
  pluginPoint: 'tasklist.task.detail',
  priority: 900,
  label: 'Hồ sơ đính kèm',
  render: (node, {api, taskId}) => {
    new AttachmentsTab(node, api, taskId).load();
  }
};
