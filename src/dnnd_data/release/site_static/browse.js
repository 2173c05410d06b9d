// Table browser: rows come from the JSON embedded in the page (works from file://, no
// server); a filter box keeps the rows containing every word typed, a click on a header
// sorts by that column (again: reverse).
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("rows").textContent);
  const body = document.querySelector("#browser tbody");
  const filter = document.getElementById("filter");
  const count = document.getElementById("count");
  const headers = Array.from(document.querySelectorAll("#browser th[data-column]"));
  let shown = data.rows.slice();
  function text(value) { return value === null ? "" : String(value); }
  function render() {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    const rows = shown.filter(function (row) {
      const line = row.map(text).join(" ").toLowerCase();
      return words.every(function (w) { return line.includes(w); });
    });
    body.replaceChildren();
    for (const row of rows) {
      const tr = document.createElement("tr");
      row.forEach(function (value, i) {
        const td = document.createElement("td");
        const link = data.links[i];
        if (link && value !== null) {
          const a = document.createElement("a");
          a.href = link.replace("{}", encodeURIComponent(value));
          a.textContent = text(value);
          td.appendChild(a);
        } else {
          td.textContent = text(value);
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    }
    count.textContent = rows.length + " of " + data.rows.length + " rows";
  }
  headers.forEach(function (th, i) {
    th.addEventListener("click", function () {
      const descending = th.dataset.sorted === "asc";
      headers.forEach(function (h) { delete h.dataset.sorted; });
      th.dataset.sorted = descending ? "desc" : "asc";
      shown.sort(function (a, b) {
        const x = a[i], y = b[i];
        if (x === y) return 0;
        if (x === null) return 1;
        if (y === null) return -1;
        const order = typeof x === "number" && typeof y === "number" ? x - y : text(x).localeCompare(text(y), "vi");
        return descending ? -order : order;
      });
      render();
    });
  });
  filter.addEventListener("input", render);
  const initial = new URLSearchParams(window.location.search).get("q");
  if (initial) filter.value = initial;
  render();
})();
