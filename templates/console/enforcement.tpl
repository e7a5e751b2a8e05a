{{%AUTOESCAPE context="HTML"}}
{{! Enforcement decisions of the user's agencies. Q; DUE OVERDUE HAS_OVERDUE; STATUS_* (the filter chosen); KINDS (VALUE LABEL SELECTED);
    CAN_IMPORT; DECISIONS (supervision/enforcement_views.h FillDecisionRow); NO_DECISIONS; PAGINATION. }}
<header class="page-header"><h1>行政执法公示</h1>
<p><a class="btn btn-primary" href="/console/enforcement/new?kind=penalty">录入行政处罚</a>
<a class="btn btn-secondary" href="/console/enforcement/new?kind=licence">录入行政许可</a>
<a class="btn btn-secondary" href="/console/enforcement/new?kind=coercive">录入行政强制</a>
{{#CAN_IMPORT}}<a class="btn btn-secondary" href="/console/enforcement/import">批量导入</a>{{/CAN_IMPORT}}</p></header>
<p class="field-hint">行政许可、行政处罚决定自作出之日起 7 个工作日内公示，其他执法决定 20 个工作日内（国办发〔2018〕118号）；市场监管行政处罚信息 20 个工作日内（总局令第45号）。公示前请核对脱敏预览；公示期满的决定自动停止公示，保留在本系统中。</p>
{{#HAS_OVERDUE}}<p class="alert alert-error" role="alert">有 {{OVERDUE}} 件执法决定已超过公示期限仍未公示，请尽快处理。</p>{{/HAS_OVERDUE}}
<div class="grid grid-3">
<p><a href="/console/enforcement?status=draft"><span class="stat">{{DUE}}</span> 待公示（未到期）</a></p>
<p><a href="/console/enforcement?status=overdue"><span class="stat" id="enf-overdue">{{OVERDUE}}</span> 逾期未公示</a></p>
</div>
<form class="filters" method="get" action="/console/enforcement" role="search" aria-label="查找执法决定">
<div class="field"><label for="enf-q">相对人、文号或内容</label><input id="enf-q" name="q" type="search" value="{{Q}}" maxlength="200"></div>
<div class="field"><label for="enf-kind">类别</label><select id="enf-kind" name="kind"><option value="">全部</option>{{#KINDS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KINDS}}</select></div>
<div class="field"><label for="enf-status">状态</label><select id="enf-status" name="status"><option value="">全部</option>
<option value="draft"{{#STATUS_DRAFT}} selected{{/STATUS_DRAFT}}>待公示</option>
<option value="overdue"{{#STATUS_OVERDUE}} selected{{/STATUS_OVERDUE}}>逾期未公示</option>
<option value="published"{{#STATUS_PUBLISHED}} selected{{/STATUS_PUBLISHED}}>公示中</option>
<option value="expired"{{#STATUS_EXPIRED}} selected{{/STATUS_EXPIRED}}>公示期满</option>
<option value="withdrawn"{{#STATUS_WITHDRAWN}} selected{{/STATUS_WITHDRAWN}}>已撤下</option>
<option value="not_public"{{#STATUS_NOT_PUBLIC}} selected{{/STATUS_NOT_PUBLIC}}>不予公示</option></select></div>
<button type="submit" class="btn btn-secondary">查找</button>
</form>
{{#NO_DECISIONS}}<div class="card empty-state"><p>没有符合条件的执法决定。</p></div>{{/NO_DECISIONS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="执法决定列表">
<table class="table">
<thead><tr><th scope="col">类别</th><th scope="col">行政相对人</th><th scope="col">文号</th><th scope="col">决定日期</th><th scope="col">公示期限</th><th scope="col">状态</th></tr></thead>
<tbody>{{#DECISIONS}}
<tr id="decision-{{ID}}"><td>{{KIND}}</td><td><a href="/console/enforcement/{{ID}}">{{PARTY}}</a></td><td>{{DOC_NO}}</td><td>{{DECIDED_ON}}</td><td>{{DUE_ON}}</td><td><span class="badge enf-{{STATUS_CODE}}">{{STATUS}}</span></td></tr>{{/DECISIONS}}
</tbody>
</table>
</div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
