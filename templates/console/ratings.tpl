{{%AUTOESCAPE context="HTML"}}
{{! Ratings of the user's agencies. VIEW_ALL VIEW_BAD VIEW_OVERDUE VIEW_APPEALED; OVERDUE HAS_OVERDUE; CAN_MANAGE;
    RATINGS (FillRating, staff); NO_RATINGS; PAGINATION;
    VISIT_DAYS RECTIFY_DAYS. }}
<header class="page-header"><h1>好差评</h1>
{{#CAN_MANAGE}}<p><a class="btn btn-secondary" href="/console/ratings/services">评价事项</a> <a class="btn btn-secondary" href="/console/ratings/reports">月度公开</a></p>{{/CAN_MANAGE}}</header>
<p class="field-hint">差评应在 {{VISIT_DAYS}} 个工作日内回访核实、{{RECTIFY_DAYS}} 个工作日内整改反馈（国办发〔2019〕51号）。经核实属误评、恶意评价的，可提出申诉，由公开办审核；申诉成立的不计入统计。</p>
{{#HAS_OVERDUE}}<p class="alert alert-error" role="alert">有 {{OVERDUE}} 条差评的回访或整改已超过期限，请尽快处理。</p>{{/HAS_OVERDUE}}
<nav class="tabs" aria-label="筛选"><ul>
<li><a href="/console/ratings"{{#VIEW_ALL}} aria-current="page"{{/VIEW_ALL}}>全部</a></li>
<li><a href="/console/ratings?view=bad"{{#VIEW_BAD}} aria-current="page"{{/VIEW_BAD}}>差评</a></li>
<li><a href="/console/ratings?view=overdue"{{#VIEW_OVERDUE}} aria-current="page"{{/VIEW_OVERDUE}}>已超期（<span id="ratings-overdue">{{OVERDUE}}</span>）</a></li>
<li><a href="/console/ratings?view=appealed"{{#VIEW_APPEALED}} aria-current="page"{{/VIEW_APPEALED}}>申诉待审核</a></li></ul></nav>
{{#NO_RATINGS}}<div class="card empty-state"><p>没有符合条件的评价。</p></div>{{/NO_RATINGS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="评价列表">
<table class="table">
<thead><tr><th scope="col">编号</th><th scope="col">评价对象</th><th scope="col">等级</th><th scope="col">日期</th><th scope="col">整改期限</th><th scope="col">状态</th></tr></thead>
<tbody>{{#RATINGS}}
<tr id="rating-{{ID}}"><td><a href="/console/ratings/{{ID}}">{{ID}}</a></td><td>{{SUBJECT}}<br><span class="muted">{{DEPARTMENT}}</span></td><td>{{#BAD}}<span class="badge badge-error">{{LEVEL_LABEL}}</span>{{/BAD}}{{#GOOD}}{{LEVEL_LABEL}}{{/GOOD}}</td><td>{{RATED_ON}}</td><td>{{RECTIFY_DUE}}{{#OVERDUE}} <span class="badge badge-error">已超期</span>{{/OVERDUE}}</td><td><span class="badge rating-{{STATE_CODE}}">{{STATE}}</span></td></tr>{{/RATINGS}}
</tbody>
</table>
</div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
