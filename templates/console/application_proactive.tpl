{{%AUTOESCAPE context="HTML"}}
{{! 依申请转主动: YEAR WINDOW_DAYS PUBLISHED_COUNT; CANDIDATES (ID NUMBER DESCRIPTION OUTCOME CLOSED_ON SIMILAR HAS_SIMILAR
    CSRF_TOKEN IN_INDEX_NO IN_REASON); NO_CANDIDATES; DECISIONS (ID NUMBER DESCRIPTION CHOICE ON; PUBLISHED (INDEX_NO);
    UNSUITABLE (REASON)); HAS_ERRORS ERRORS. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/applications">依申请公开</a> / <span aria-current="page">依申请转主动</span></nav>
<header class="page-header"><h1>依申请转主动</h1></header>
<p>《政府信息公开条例》第四十四条：多个申请人就相同政府信息向同一行政机关提出公开申请，且该政府信息属于可以公开的，行政机关可以纳入主动公开的范围；申请人认为涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策的政府信息，可以建议行政机关将该信息纳入主动公开的范围。下列为最近 {{WINDOW_DAYS}} 天内办结、予以公开或部分公开、尚未记录决定的申请，其他申请人提出过相似申请的排在前面。主动公开后，请填写该信息的索引号；不宜主动公开的，请写明理由。本年已转为主动公开的件数计入年度报告第一部分。</p>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未记录，请处理以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<section class="card" aria-labelledby="pa-candidates">
<h2 class="card-title" id="pa-candidates">待决定的申请</h2>
{{#NO_CANDIDATES}}<p class="muted">暂无待决定的申请。</p>{{/NO_CANDIDATES}}
{{#CANDIDATES}}<div class="proactive-candidate" id="candidate-{{ID}}">
<h3><a href="/console/applications/{{ID}}">申请 {{NUMBER}}</a> <span class="badge badge-muted">{{OUTCOME}}</span>{{#HAS_SIMILAR}} <span class="badge badge-warn">相似申请 {{SIMILAR}} 件</span>{{/HAS_SIMILAR}}</h3>
<p class="prewrap">{{DESCRIPTION}}</p>
<p class="muted">办结日期 {{CLOSED_ON}}</p>
<form class="form" method="post" action="/console/applications/proactive/{{ID}}" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<fieldset class="field"><legend>决定</legend>
<div class="field-check"><input type="radio" id="pa-publish-{{ID}}" name="choice" value="publish"><label for="pa-publish-{{ID}}">已转为主动公开</label></div>
<div class="field-check"><input type="radio" id="pa-unsuitable-{{ID}}" name="choice" value="unsuitable"><label for="pa-unsuitable-{{ID}}">不宜主动公开</label></div></fieldset>
<div class="field"><label for="pa-index-{{ID}}">主动公开信息的索引号（转为主动公开时填写）</label>
<input id="pa-index-{{ID}}" name="index_no" type="text" maxlength="60" value="{{IN_INDEX_NO}}"></div>
<div class="field"><label for="pa-reason-{{ID}}">不宜主动公开的理由（不宜时填写）</label>
<input id="pa-reason-{{ID}}" name="reason" type="text" maxlength="500" value="{{IN_REASON}}"></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">记录决定</button></div></form>
</div>{{/CANDIDATES}}
</section>
<section class="card" aria-labelledby="pa-decided">
<h2 class="card-title" id="pa-decided">{{YEAR}} 年已记录的决定（已转为主动公开 {{PUBLISHED_COUNT}} 件）</h2>
<ul class="link-list">{{#DECISIONS}}<li><a href="/console/applications/{{ID}}">申请 {{NUMBER}}</a>：{{CHOICE}}{{#PUBLISHED}}，索引号 {{INDEX_NO}}{{/PUBLISHED}}{{#UNSUITABLE}}，理由：{{REASON}}{{/UNSUITABLE}} <span class="muted">{{ON}}</span></li>{{/DECISIONS}}</ul>
<p class="empty-note muted">本年尚无记录。</p>
</section>
