{{%AUTOESCAPE context="HTML"}}
{{! 申请查询. FORM: CSRF_TOKEN NUMBER, ERROR (MESSAGE). RESULT: APP_NUMBER STATE SUBMITTED_ON RECEIVED_ON DESCRIPTION CLOSED_ON
    OUTCOME (LABEL) CLOCK (see views::FillClock) LETTERS (ID TITLE NUMBER ISSUED_ON ELECTRONIC) PAPER CSRF_TOKEN CODE. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/apply">依申请公开</a> / <span aria-current="page">申请查询</span></nav>
<header class="page-header"><h1>申请查询</h1></header>
{{#FORM}}
<section class="card login-card" aria-labelledby="q-title">
<h2 class="card-title" id="q-title">输入申请编号和查询码</h2>
{{#ERROR}}<div class="alert alert-error" role="alert" id="q-error"><p>{{MESSAGE}}</p></div>{{/ERROR}}
<form class="form" method="post" action="/apply/status">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="q-number">申请编号</label><input id="q-number" name="number" type="text" value="{{NUMBER}}" maxlength="20" autocomplete="off" spellcheck="false"></div>
<div class="field"><label for="q-code">查询码</label><input id="q-code" name="code" type="text" maxlength="20" autocomplete="off" spellcheck="false" autocapitalize="characters"></div>
<div class="form-actions"><button type="submit" class="btn btn-primary btn-block">查询</button></div>
</form>
</section>
{{/FORM}}
{{#RESULT}}
<section class="card" aria-labelledby="r-title">
<h2 class="card-title" id="r-title">申请 {{APP_NUMBER}}</h2>
<dl class="pairs">
<dt>办理状态</dt><dd id="status-state">{{STATE}}</dd>
<dt>提交日期</dt><dd>{{SUBMITTED_ON}}</dd>
<dt>收到申请日期</dt><dd>{{RECEIVED_ON}}</dd>
{{#OUTCOME}}<dt>办理结果</dt><dd>{{LABEL}}（{{CLOSED_ON}} 答复）</dd>{{/OUTCOME}}
<dt>申请内容</dt><dd class="prose-pre">{{DESCRIPTION}}</dd>
</dl>
</section>
{{#CLOCK}}
<section class="card" aria-labelledby="c-title">
<h2 class="card-title" id="c-title">答复期限</h2>
{{#DUE_SET}}<p class="stat">答复期限：<strong id="status-due">{{DUE}}</strong></p>{{/DUE_SET}}
{{#PAUSED}}<p class="stat">计时暂停</p>{{/PAUSED}}
{{#NOT_STARTED}}<p>本机关确认收到申请后开始计算答复期限。</p>{{/NOT_STARTED}}
{{#WAITING}}<p class="alert alert-info">{{TEXT}}{{#UNTIL}}，期限至 {{UNTIL}}{{/UNTIL}}。</p>{{/WAITING}}
{{#FALLBACK}}<p class="alert alert-error">日历未发布：{{YEARS}} 年节假日安排尚未公布，暂按周一至周五计算，期限可能调整。</p>{{/FALLBACK}}
<details><summary>期限是怎样计算的</summary><ol>{{#STEPS}}<li>{{TEXT}}</li>{{/STEPS}}</ol></details>
</section>
{{/CLOCK}}
<section class="card" aria-labelledby="l-title">
<h2 class="card-title" id="l-title">文书</h2>
{{#PAPER}}<p class="muted">您选择以纸质方式获取，以下文书以本机关送达的纸质文书为准。</p>{{/PAPER}}
<ul class="link-list">{{#LETTERS}}<li><span>{{TITLE}}</span> <span class="muted">{{NUMBER}} · {{ISSUED_ON}}</span>
{{#ELECTRONIC}}<form class="inline-form" method="post" action="/apply/letter"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><input type="hidden" name="number" value="{{APP_NUMBER}}"><input type="hidden" name="code" value="{{CODE}}"><input type="hidden" name="letter" value="{{ID}}"><button type="submit" class="btn btn-small btn-secondary" aria-label="查看{{TITLE}} {{NUMBER}}">查看</button></form>{{/ELECTRONIC}}</li>{{/LETTERS}}</ul>
</section>
<p><a href="/apply/status">查询其他申请</a></p>
{{/RESULT}}
