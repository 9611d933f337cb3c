// The public disclosure page (issue 24): the open lists, one list as published, and the comment form. Reads
// /public/disclosures (no login); everything shown comes from the server's answer and is set as text, never as HTML.
(function () {
  'use strict';
  var api = '../public/disclosures';
  var id = new URLSearchParams(window.location.search).get('ds');

  function el(tag, text) {
    var e = document.createElement(tag);
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function problemText(answer) {
    return (answer && (answer.message || answer.vi || answer.detail)) || 'Không gửi được ý kiến, vui lòng thử lại.';
  }

  function showIndex() {
    fetch(api, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }).then(function (lists) {
      var ul = document.getElementById('open-lists');
      lists.forEach(function (d) {
        var li = el('li');
        var a = el('a', d.unit + ' — ' + d.title);
        a.href = '?ds=' + encodeURIComponent(d.id);
        li.appendChild(a);
        li.appendChild(el('span', ' (góp ý từ ' + d.publishedOn + ' đến hết ' + d.lastDay + ')'));
        ul.appendChild(li);
      });
      document.getElementById('no-lists').hidden = lists.length > 0;
    });
  }

  function showList() {
    document.getElementById('lists').hidden = true;
    document.getElementById('list').hidden = false;
    fetch(api + '/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (answer) {
      if (!answer.ok) {
        document.getElementById('list-unit').textContent = problemText(answer.body);
        document.getElementById('comment-form').hidden = true;
        return;
      }
      var d = answer.body;
      document.getElementById('list-unit').textContent = d.unit;
      document.getElementById('list-title').textContent = d.title;
      document.getElementById('list-period').textContent = 'Thời gian góp ý: từ ' + d.publishedOn + ' đến hết ngày '
        + d.lastDay + '.';
      document.getElementById('list-clause').textContent = 'Căn cứ: ' + d.clause;
      var body = document.getElementById('entries');
      var select = document.getElementById('entry');
      d.entries.forEach(function (e) {
        var tr = el('tr');
        [e.number, e.name, e.unit, e.title].forEach(function (v) { tr.appendChild(el('td', String(v))); });
        body.appendChild(tr);
        var option = el('option', e.number + '. ' + e.name);
        option.value = e.number;
        select.appendChild(option);
      });
      document.getElementById('comment-form').hidden = !d.open;
      document.getElementById('closed').hidden = d.open;
    });
  }

  document.getElementById('comment-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var result = document.getElementById('result');
    var entry = document.getElementById('entry').value;
    var comment = { entry: entry === '' ? null : Number(entry), author: document.getElementById('author').value,
      text: document.getElementById('text').value };
    document.getElementById('send').disabled = true;
    fetch(api + '/' + encodeURIComponent(id) + '/comments', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(comment)
    }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (answer) {
      result.className = answer.ok ? 'ok' : 'error';
      result.textContent = answer.ok ? 'Đã nhận ý kiến của bạn ngày ' + answer.body.receivedOn + '. Xin cảm ơn.'
        : problemText(answer.body);
      if (answer.ok) { document.getElementById('text').value = ''; }
    }).finally(function () { document.getElementById('send').disabled = false; });
  });

  if (id) { showList(); } else { showIndex(); }
}());
