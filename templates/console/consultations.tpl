{{%AUTOESCAPE context="HTML"}}
{{! The consultations of the user's agencies. VIEW_*; CONSULTATIONS (FillConsultation); NO_CONSULTATIONS; REPORTS_DUE (N);
    REPORT_DAYS; PAGINATION. }}
<header class="page-header"><h1>意见征集</h1>
<p><a class="btn btn-primary" href="/console/consultations/new">新增意见征集</a></p></header>
<p class="field-hint">征集期一般不少于 30 日，不足的须说明理由（《重大行政决策程序暂行条例》第十五条）。发布后到开始日期自动开始征集、截止日期后自动结束；结束后逐条处理意见，并在 {{REPORT_DAYS}} 日内公布采纳情况。</p>
{{#REPORTS_DUE}}<p class="alert alert-error" role="alert">有 {{N}} 个意见征集结束已超过 {{REPORT_DAYS}} 日，尚未公布采纳情况。</p>{{/REPORTS_DUE}}
<nav class="tabs" aria-label="筛选"><ul>
<li><a href="/console/consultations"{{#VIEW_ALL}} aria-current="page"{{/VIEW_ALL}}>全部</a></li>
<li><a href="/console/consultations?view=draft"{{#VIEW_DRAFT}} aria-current="page"{{/VIEW_DRAFT}}>草稿</a></li>
<li><a href="/console/consultations?view=upcoming"{{#VIEW_UPCOMING}} aria-current="page"{{/VIEW_UPCOMING}}>未开始</a></li>
<li><a href="/console/consultations?view=open"{{#VIEW_OPEN}} aria-current="page"{{/VIEW_OPEN}}>征集中</a></li>
<li><a href="/console/consultations?view=closed"{{#VIEW_CLOSED}} aria-current="page"{{/VIEW_CLOSED}}>已结束</a></li>
<li><a href="/console/consultations?view=withdrawn"{{#VIEW_WITHDRAWN}} aria-current="page"{{/VIEW_WITHDRAWN}}>已撤回</a></li></ul></nav>
{{#NO_CONSULTATIONS}}<div class="card empty-state"><p>没有符合条件的意见征集。</p></div>{{/NO_CONSULTATIONS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="意见征集列表">
<table class="table">
<thead><tr><th scope="col">标题</th><th scope="col">征集期</th><th scope="col">状态</th><th scope="col" class="num">意见（已公开/全部）</th><th scope="col">采纳情况</th></tr></thead>
<tbody>{{#CONSULTATIONS}}
<tr><td><a href="/console/consultations/{{ID}}">{{TITLE}}</a><br><span class="muted">{{AGENCY}}</span></td><td class="nowrap">{{OPENS_ON}}<br>至 {{CLOSES_ON}}</td>
<td><span class="badge consult-state-{{STATE_CODE}}">{{STATE}}</span>{{#IS_PUBLISHED}} <span class="badge consult-{{PHASE_CODE}}">{{PHASE}}</span>{{/IS_PUBLISHED}}</td>
<td class="num">{{PUBLISHED_COMMENTS}} / {{ALL_COMMENTS}}</td><td>{{#REPORT}}{{ON}} 已公布{{/REPORT}}</td></tr>{{/CONSULTATIONS}}
</tbody>
</table>
</div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 项，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
