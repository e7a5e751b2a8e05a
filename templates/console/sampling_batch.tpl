{{%AUTOESCAPE context="HTML"}}
{{! A 监督抽查 batch in the console: FillBatch's names; RESULTS (public/_sampling_rows.tpl) and the filter (Q ANY_RESULT ONLY_FAILED
    ONLY_PASSED); CAN_EDIT CAN_PUBLISH CAN_WITHDRAW IS_PUBLIC; HAS_ERRORS ERRORS; HAS_ROW_ERRORS ROW_ERRORS (MSG); CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/sampling">监督抽查</a> / <span aria-current="page">{{TITLE}}</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1>
<p><span class="badge smp-{{STATE_CODE}}">{{STATE}}</span> {{#HAS_NOTICE_NO}}{{NOTICE_NO}} · {{/HAS_NOTICE_NO}}来源文件 {{FILE_NAME}}{{#IS_PUBLIC}} · <a href="/sampling/{{ID}}">查看公开页面</a>{{/IS_PUBLIC}}</p></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请处理以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#HAS_ROW_ERRORS}}<div class="alert alert-error" role="alert"><p>新文件有误，原有结果未改变。请改正以下问题后重新上传：</p><ul>{{#ROW_ERRORS}}<li>{{MSG}}</li>{{/ROW_ERRORS}}</ul></div>{{/HAS_ROW_ERRORS}}
{{#WITHDRAWN}}<div class="alert alert-info" role="status"><p>已撤下。原因：{{REASON}}</p></div>{{/WITHDRAWN}}
<div class="grid grid-3" role="group" aria-label="本批次概况">
<div class="card"><p class="stat">{{TOTAL}}</p><p>抽检批次</p></div>
<div class="card"><p class="stat stat-ok">{{PASSED}}</p><p>合格</p></div>
<div class="card"><p class="stat{{#HAS_FAILED}} stat-fail{{/HAS_FAILED}}">{{FAILED}}</p><p>不合格</p></div>
</div>
{{#HAS_INTRO}}<section class="card" aria-labelledby="intro-title"><h2 class="card-title" id="intro-title">通告正文</h2><div class="prewrap">{{INTRO}}</div></section>{{/HAS_INTRO}}
{{#CAN_EDIT}}<section class="card action" aria-labelledby="edit-title">
<h2 class="card-title" id="edit-title">修改</h2>
<p><a class="btn btn-secondary" href="/console/sampling/{{ID}}/edit">修改标题和正文</a></p>
<form class="form" method="post" action="/console/sampling/{{ID}}/file" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="smp-file">用新文件替换全部结果</label><input id="smp-file" name="file" type="file" accept=".csv,.xlsx,.jsonl,.ndjson"></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">上传并替换</button></div>
</form>
</section>{{/CAN_EDIT}}
{{#CAN_PUBLISH}}<section class="card action" aria-labelledby="publish-title">
<h2 class="card-title" id="publish-title">发布</h2>
<p>发布后在网站“监督抽查”栏目、订阅和数据接口中公开，公众可按产品和企业查询。</p>
<form method="post" action="/console/sampling/{{ID}}/publish"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<button type="submit" class="btn btn-primary">核对无误，发布</button></form>
</section>{{/CAN_PUBLISH}}
{{#CAN_WITHDRAW}}<section class="card action" aria-labelledby="withdraw-title">
<h2 class="card-title" id="withdraw-title">撤下</h2>
<p>撤下后原网址显示“已撤下”及原因，不再显示结果。</p>
<form class="form" method="post" action="/console/sampling/{{ID}}/withdraw" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="smp-reason">撤下原因</label><input id="smp-reason" name="reason" type="text" maxlength="200"{{#ERR_REASON}} aria-invalid="true"{{/ERR_REASON}}>
{{#ERR_REASON}}<p class="field-error">{{MSG}}</p>{{/ERR_REASON}}</div>
<div class="form-actions"><button type="submit" class="btn btn-danger">撤下</button></div>
</form>
</section>{{/CAN_WITHDRAW}}
<h2>抽查结果</h2>
<form class="filters" method="get" action="/console/sampling/{{ID}}" aria-label="筛选本批次结果">
<div class="field"><label for="b-q">产品或企业</label><input id="b-q" name="q" type="search" value="{{Q}}" maxlength="200"></div>
<div class="field"><label for="b-result">检验结果</label><select id="b-result" name="result">
<option value=""{{#ANY_RESULT}} selected{{/ANY_RESULT}}>全部</option>
<option value="fail"{{#ONLY_FAILED}} selected{{/ONLY_FAILED}}>不合格</option>
<option value="pass"{{#ONLY_PASSED}} selected{{/ONLY_PASSED}}>合格</option></select></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">筛选</button></div>
</form>
{{>RESULTS}}
