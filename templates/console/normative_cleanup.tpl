{{%AUTOESCAPE context="HTML"}}
{{! One cleanup (cleanup.h): AGENCY ID CSRF_TOKEN; HAS_ERRORS ERRORS (MSG);
    DRAFT (TITLE DECIDED_ON BASIS CSRF_TOKEN ID; ERR_TITLE ERR_DECIDED_ON ERR_BASIS ERR_ENTRIES (MSG); NO_DOCS;
           DOCS (ID TITLE DOC_NO KIND WRITTEN_ON EXPIRES_ON REASON NEW_EXPIRES_ON; DECISIONS (VALUE LABEL SELECTED); ROW_ERRORS (MSG)));
    DECIDED (ENTRIES (TITLE URL DOC_NO DECISION REASON NEW_EXPIRES_ON); RESULT_LIST (URL STATE)) with TITLE DECIDED_ON BASIS. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/normative/cleanups">文件清理</a> / <span aria-current="page">{{AGENCY}}</span></nav>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#DRAFT}}<header class="page-header"><h1>{{TITLE}} <span class="badge badge-muted">草稿</span></h1></header>
<form class="form form-wide" method="post" action="/console/normative/cleanups/{{ID}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<section class="card" aria-labelledby="cl-head">
<h2 class="card-title" id="cl-head">清理结果</h2>
<div class="field{{#ERR_TITLE}} has-error{{/ERR_TITLE}}"><label for="cl-title">标题</label>{{#ERR_TITLE}}<p class="field-error" id="cl-title-err">{{MSG}}</p>{{/ERR_TITLE}}
<input id="cl-title" name="title" type="text" maxlength="100" value="{{TITLE}}"{{#ERR_TITLE}} aria-invalid="true" aria-describedby="cl-title-err"{{/ERR_TITLE}}></div>
<div class="field{{#ERR_DECIDED_ON}} has-error{{/ERR_DECIDED_ON}}"><label for="cl-on">决定日期（清理决定自该日起生效）</label>{{#ERR_DECIDED_ON}}<p class="field-error" id="cl-on-err">{{MSG}}</p>{{/ERR_DECIDED_ON}}
<input id="cl-on" name="decided_on" type="text" inputmode="numeric" placeholder="YYYY-MM-DD" maxlength="10" value="{{DECIDED_ON}}"{{#ERR_DECIDED_ON}} aria-invalid="true" aria-describedby="cl-on-err"{{/ERR_DECIDED_ON}}></div>
<div class="field{{#ERR_BASIS}} has-error{{/ERR_BASIS}}"><label for="cl-basis">清理依据和说明（公开）</label>{{#ERR_BASIS}}<p class="field-error" id="cl-basis-err">{{MSG}}</p>{{/ERR_BASIS}}
<textarea id="cl-basis" name="basis" rows="3"{{#ERR_BASIS}} aria-invalid="true" aria-describedby="cl-basis-err"{{/ERR_BASIS}}>{{BASIS}}</textarea></div>
</section>
<section class="card" aria-labelledby="cl-docs">
<h2 class="card-title" id="cl-docs">现行有效的文件</h2>
{{#ERR_ENTRIES}}<p class="field-error">{{MSG}}</p>{{/ERR_ENTRIES}}
{{#NO_DOCS}}<p class="muted">本机构没有现行有效的规章或行政规范性文件。</p>{{/NO_DOCS}}
<p class="muted">修改、废止、宣布失效须填写理由；继续有效的文件可重新确定有效期。“暂不决定”的文件不列入本次清理。</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="文件及清理决定表">
<table class="table cleanup-table">
<caption class="sr-only">现行有效的规章和行政规范性文件及清理决定</caption>
<thead><tr><th scope="col">文件</th><th scope="col">清理决定</th><th scope="col">理由</th><th scope="col">新的有效期至</th></tr></thead>
<tbody>{{#DOCS}}<tr id="doc-{{ID}}"><td><a href="/console/items/{{ID}}">{{TITLE}}</a><br><span class="muted">{{KIND}} {{DOC_NO}} · 成文 {{WRITTEN_ON}} · 有效期至 {{EXPIRES_ON}}</span>{{#ROW_ERRORS}}<p class="field-error">{{MSG}}</p>{{/ROW_ERRORS}}</td>
<td><label class="sr-only" for="cl-d-{{ID}}">《{{TITLE}}》的清理决定</label><select id="cl-d-{{ID}}" name="decision_{{ID}}">{{#DECISIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/DECISIONS}}</select></td>
<td><label class="sr-only" for="cl-r-{{ID}}">《{{TITLE}}》的理由</label><input id="cl-r-{{ID}}" name="reason_{{ID}}" type="text" maxlength="500" value="{{REASON}}"></td>
<td><label class="sr-only" for="cl-x-{{ID}}">《{{TITLE}}》新的有效期至</label><input id="cl-x-{{ID}}" name="expires_{{ID}}" type="text" inputmode="numeric" placeholder="YYYY-MM-DD" maxlength="10" value="{{NEW_EXPIRES_ON}}"></td></tr>{{/DOCS}}</tbody>
</table></div>
</section>
<div class="form-actions"><button type="submit" class="btn btn-secondary" name="action" value="save">保存草稿</button>
<button type="submit" class="btn btn-primary" name="action" value="decide">作出清理决定</button></div>
<p class="muted">作出清理决定后不能再修改：废止、宣布失效的文件自决定日期起不再列入现行有效目录，清理结果目录生成草稿，提交审核后公开。</p>
</form>{{/DRAFT}}
{{#DECIDED}}<header class="page-header"><h1>{{TITLE}} <span class="badge">已决定</span></h1></header>
<p>决定日期 {{DECIDED_ON}}。{{BASIS}}</p>
{{#RESULT_LIST}}<p>清理结果目录：<a href="{{URL}}">查看信息</a>（{{STATE}}）</p>{{/RESULT_LIST}}
<div class="table-wrap" tabindex="0" role="region" aria-label="清理决定">
<table class="table">
<caption class="sr-only">清理决定</caption>
<thead><tr><th scope="col">文件</th><th scope="col">发文字号</th><th scope="col">决定</th><th scope="col">理由</th><th scope="col">新的有效期至</th></tr></thead>
<tbody>{{#ENTRIES}}<tr><td><a href="{{URL}}">{{TITLE}}</a></td><td>{{DOC_NO}}</td><td>{{DECISION}}</td><td>{{REASON}}</td><td>{{NEW_EXPIRES_ON}}</td></tr>{{/ENTRIES}}</tbody>
</table></div>{{/DECIDED}}
